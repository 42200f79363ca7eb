#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace shipshape {
class Session;
}

namespace shipshape::cli {

class Arguments;

// Exit codes are part of the CLI's contract (scripts depend on them).
enum ExitCode : int {
    ExitOk = 0,
    ExitInternal = 1,
    ExitUsage = 2,
    ExitInvalidInput = 3,
    ExitConflict = 4,
    ExitPaymentFailed = 5,
    ExitUnavailable = 6,
};

// `shipshape-cli [--database URL] [--json] COMMAND …`: headless administration of a Shipshape database.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli();
    ~Cli();
    int run(const QStringList &arguments);

private:
    int dispatch(const QString &command, const QStringList &words);
    int openSession();

    int migrate(const Arguments &args);
    int demoData(const Arguments &args);
    int products(const QStringList &words);
    int customers(const QStringList &words);
    int orders(const QStringList &words);
    int worker(const Arguments &args);
    int outbox(const QStringList &words);
    int secrets(const QStringList &words);
    // One round of the customer-email dispatcher; counts for the worker's output.
    Result<QJsonObject> dispatchOutboxOnce();
    int staff(const QStringList &words);
    int reportKpis(const Arguments &args);
    Result<QString> readPassword();

    int ordersList(const Arguments &args);
    int ordersPlace(const Arguments &args);
    int ordersModify(const Arguments &args);

    int usage(const QString &problem);
    int failWith(const Error &error);
    int printJson(const QJsonValue &value);
    Result<QByteArray> readInput(const QString &source);
    static int exitCodeFor(ErrorCode code);
    static QString helpText();

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    QString m_databaseUrl;
    std::unique_ptr<Session> m_session;
};

} // namespace shipshape::cli
