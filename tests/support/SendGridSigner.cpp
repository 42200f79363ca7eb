#include "SendGridSigner.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <stdexcept>

namespace shipshape::test {

struct SendGridSigner::Key {
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

SendGridSigner::SendGridSigner() : m_key(std::make_unique<Key>())
{
    m_key->pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!m_key->pkey)
        throw std::runtime_error("OpenSSL could not make a P-256 key");
}

SendGridSigner::~SendGridSigner() = default;

QByteArray SendGridSigner::publicKeyBase64() const
{
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(m_key->pkey, &der);
    if (length <= 0)
        throw std::runtime_error("OpenSSL could not write the public key");
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes.toBase64();
}

QByteArray SendGridSigner::sign(const QByteArray &timestamp, const QByteArray &body) const
{
    const QByteArray message = timestamp + body;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    bool ok = context && EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
            && EVP_DigestSign(context, nullptr, &length, reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size()))
                    == 1;
    if (ok) {
        signature.resize(qsizetype(length));
        ok = EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                     reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
                == 1;
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(context);
    if (!ok)
        throw std::runtime_error("OpenSSL could not sign");
    return signature.toBase64();
}

} // namespace shipshape::test
