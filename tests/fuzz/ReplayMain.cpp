// Runs a fuzz target over every file of the corpus folders it is given, once each: the fuzzers' findings
// and seeds become regression tests that g++ builds and CTest runs (also under ASan/UBSan), while
// scripts/fuzz explores new inputs with libFuzzer (Clang).

#include <QDirIterator>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_FOLDER...\n", argv[0]);
        return 2;
    }
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator files(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(file.fileName()));
                return 1;
            }
            const QByteArray input = file.readAll();
            LLVMFuzzerTestOneInput(
                    reinterpret_cast<const std::uint8_t *>(input.constData()), static_cast<std::size_t>(input.size()));
            ++inputs;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "no inputs in the corpus folders given\n");
        return 1;
    }
    std::printf("%d inputs replayed\n", inputs);
    return 0;
}
