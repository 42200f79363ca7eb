#pragma once

#include "customers/CustomerQuery.h"
#include "models/PagedTableModel.h"

#include <QLocale>

#include <optional>

namespace shipshape {

class SessionWorker;

// Customers matching a search, by name, with what they have ordered: loaded page by page on the
// SessionWorker as a view scrolls (the totals are computed by SQL for each page), never all at once.
class CustomerTableModel : public PagedTableModel<CustomerSummary, QString> {
    Q_OBJECT

public:
    enum Column {
        Name,
        Email,
        Orders,
        Spend,
        Since,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        CustomerIdRole
    };
    static constexpr int kPageSize = 100;

    explicit CustomerTableModel(SessionWorker &worker, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Name or email containing `text`; empty: everyone.
    void setSearch(const QString &text);
    [[nodiscard]] const QString &search() const { return m_search; }
    [[nodiscard]] std::optional<CustomerSummary> customerAt(int row) const { return rowAt(row); }
    [[nodiscard]] int rowOf(const QString &customerId) const { return rowOfKey(customerId); }
    [[nodiscard]] qint64 matchingCount() const { return m_matching; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    // "USD 1,234.50 · EUR 20.00" (or "—" without spend), as the table shows it.
    static QString spendText(const CustomerOrderTotals &totals, const QLocale &locale);

    void reload();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

protected:
    QString keyOf(const CustomerSummary &row) const override { return row.customer.id; }
    bool hasMore() const override { return !m_loading && rowCount() < m_matching; }
    void requestMore() override;

private:
    SessionWorker &m_worker;
    QString m_search;
    qint64 m_matching = 0;
    bool m_loading = false;
    QLocale m_locale;
};

} // namespace shipshape
