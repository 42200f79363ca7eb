#include "storage/Transaction.h"

#include "common/Logging.h"
#include "storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace shipshape {

Result<Transaction> Transaction::begin(Database &database)
{
    auto status = database.execute(database.dialect().beginWriteStatement());
    if (!status && !database.isConnected()) {
        // The connection died while idle (server restart, network drop): nothing was in flight, so
        // open a new one and begin there.
        status = database.execute(database.dialect().beginWriteStatement());
    }
    if (!status)
        return fail(status.error());
    return Transaction(&database);
}

Transaction::Transaction(Transaction &&other) noexcept : m_database(std::exchange(other.m_database, nullptr)) {}

Transaction::~Transaction()
{
    // A lost connection has already rolled the transaction back on the server.
    if (m_database && m_database->isConnected()) {
        m_database->finishStatements();
        if (auto status = m_database->execute(u"ROLLBACK"_s); !status)
            qCWarning(lcStorage) << "Rollback failed:" << status.error().message;
    }
}

Status Transaction::commit()
{
    Database *database = std::exchange(m_database, nullptr);
    if (!database)
        return fail(Error::internal(u"commit on a finished transaction"_s));
    database->finishStatements();
    if (auto status = database->execute(u"COMMIT"_s); !status) {
        if (database->isConnected())
            (void) database->execute(u"ROLLBACK"_s);
        return status;
    }
    return {};
}

} // namespace shipshape
