#include "PgFixture.h"

#include "staff/StaffDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace shipshape::test {

QString cliPath()
{
    return qEnvironmentVariable("SHIPSHAPE_CLI");
}

std::pair<double, double> medianAndP95(QList<double> samples)
{
    if (samples.isEmpty())
        return {0, 0};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double fraction) {
        const auto index = static_cast<qsizetype>(std::ceil(fraction * double(samples.size()))) - 1;
        return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
    };
    return {at(0.5), at(0.95)};
}

void PgTest::SetUp()
{
    m_cluster = &PostgresCluster::shared();
    m_databaseName = m_cluster->createMigratedDatabase();
    SessionOptions options;
    options.clock = &m_clock;
    auto session = Session::open(m_cluster->url(m_databaseName), options);
    ASSERT_TRUE(session) << session.error().message.toStdString();
    m_admin = std::move(*session);
}

void PgTest::TearDown()
{
    m_admin.reset();
    if (m_cluster && !m_databaseName.isEmpty())
        m_cluster->dropDatabase(m_databaseName);
}

QString PgTest::url(const QString &user) const
{
    return m_cluster->urlText(m_databaseName, user);
}

Result<std::unique_ptr<Session>> PgTest::openAs(const QString &user, const QString &password)
{
    if (!password.isEmpty())
        qputenv("PGPASSWORD", password.toUtf8());
    SessionOptions options;
    options.clock = &m_clock;
    auto session = Session::open(m_cluster->url(m_databaseName, user), options);
    qunsetenv("PGPASSWORD");
    return session;
}

void PgTest::addStaff(const QString &login, const QString &role, const QString &password)
{
    auto parsed = StaffDirectory::parseRole(role);
    ASSERT_TRUE(parsed);
    auto added = admin().staff().add(login, password, *parsed);
    ASSERT_TRUE(added) << added.error().message.toStdString();
}

QString PgTest::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(contents);
    return path;
}

QString PgTest::placeFile(const QString &sku, qint64 quantity, const QString &email)
{
    const QJsonObject request{
            {u"customer"_s, QJsonObject{{u"name"_s, u"Hot Buyer"_s}, {u"email"_s, email}}},
            {u"items"_s, QJsonArray{QJsonObject{{u"productId"_s, sku}, {u"quantity"_s, quantity}}}},
            {u"shippingAddress"_s,
                    QJsonObject{{u"street"_s, u"1 Main St"_s}, {u"city"_s, u"Springfield"_s}, {u"state"_s, u"IL"_s},
                            {u"zip"_s, u"62701"_s}}},
            {u"paymentMethod"_s, QJsonObject{{u"type"_s, u"invoice"_s}}},
    };
    return writeFile(u"place-%1-%2.json"_s.arg(sku, email), QJsonDocument(request).toJson(QJsonDocument::Compact));
}

void PgTest::startCli(QProcess &process, const QStringList &arguments, const QString &user, const QString &password)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(u"PGPASSWORD"_s, password);
    process.setProcessEnvironment(environment);
    process.start(cliPath(), QStringList{u"--database"_s, url(user)} + arguments);
}

} // namespace shipshape::test
