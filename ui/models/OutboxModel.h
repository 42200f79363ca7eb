#pragma once

#include "models/PagedTableModel.h"
#include "notification/OutboxEntry.h"

#include <QList>
#include <QLocale>

#include <optional>

namespace shipshape {

class SessionWorker;

// The customer-email outbox, newest first, loaded page by page as the view scrolls (fetchMore walks
// down the ids, so each page is one index range scan however large the outbox is). All reads run on
// the SessionWorker; rows are refreshed in place (dataChanged) and new emails are inserted at the top,
// never by resetting the model.
class OutboxModel : public PagedTableModel<OutboxEntry, qint64> {
    Q_OBJECT

public:
    enum Column {
        Id,
        Status,
        Order,
        Recipient,
        Kind,
        Attempts,
        NextAttempt,
        LastError,
        Created,
        Sent,
        Delivery, // what SendGrid's Event Webhook reported became of a sent email, with its reason
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        EntryIdRole,
        OrderNumberRole,
        StatusKeyRole,
        DeliveryKeyRole // delivered, bounced, dropped, spam_report; empty when nothing was reported
    };
    static constexpr int kPageSize = 200;

    explicit OutboxModel(SessionWorker &worker, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows only emails in this status (nullopt: all) and reloads.
    void setStatusFilter(std::optional<OutboxStatus> status);
    [[nodiscard]] std::optional<OutboxStatus> statusFilter() const { return m_status; }
    // Shows only emails SendGrid reported in this delivery state (nullopt: all) and reloads.
    void setDeliveryFilter(std::optional<DeliveryState> delivery);
    [[nodiscard]] std::optional<DeliveryState> deliveryFilter() const { return m_delivery; }
    // Re-counts and loads the first page again (F5).
    void reload();
    // Re-reads these emails and updates their rows in place.
    void refreshEntries(const QList<qint64> &ids);
    // Re-reads the rows first..last (e.g. what the view shows) in place.
    void refreshRows(int first, int last);
    // An order changed (its emails may have been queued, sent or failed): refresh its rows, look for new ones.
    void refreshOrder(qint64 orderNumber);
    // Inserts emails queued since the newest row shown at the top, and re-counts.
    void checkForNew();

    [[nodiscard]] std::optional<OutboxEntry> entryAt(int row) const { return rowAt(row); }
    [[nodiscard]] int rowOf(qint64 id) const { return rowOfKey(id); }
    // Emails in the filtered outbox (not only the loaded ones); -1 until counted.
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    // True while a reload, page or refresh is on its way.
    [[nodiscard]] bool isLoading() const { return m_requests > 0; }

Q_SIGNALS:
    // A load or refresh finished (successfully or not); tests and the view's status line wait for it.
    void loaded();
    void loadFailed(const QString &message);
    void totalCountChanged(qint64 total);

protected:
    qint64 keyOf(const OutboxEntry &row) const override { return row.id; }
    bool hasMore() const override { return !m_exhausted; }
    void requestMore() override;

private:
    void finishRequest();
    void setTotal(qint64 total);
    void applyRefreshed(const QList<OutboxEntry> &entries);

    SessionWorker &m_worker;
    std::optional<OutboxStatus> m_status;
    std::optional<DeliveryState> m_delivery;
    qint64 m_total = -1;
    int m_requests = 0;
    bool m_exhausted = false;
    QLocale m_locale;
};

} // namespace shipshape
