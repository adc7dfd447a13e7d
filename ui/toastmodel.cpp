#include "toastmodel.h"

namespace stockroom {

ToastModel::ToastModel(QObject *parent, int lifetimeMs)
    : QAbstractListModel(parent)
    , m_lifetimeMs(lifetimeMs)
{
    m_clock.start();
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &ToastModel::expire);
}

void ToastModel::add(const StreamEvent &event, const ActivityText &text)
{
    const qint64 now = m_clock.elapsed();
    while (!m_lately.empty() && m_lately.front() < now - BurstMs)
        m_lately.pop_front();
    // A burst lasts while alerts keep coming close together; after a pause they stand alone
    // again, even while the summary of the burst is still on screen.
    const bool burst = int(m_lately.size()) >= MaxShown - 1;
    m_lately.push_back(now);
    if (burst) {
        summarize();
        return;
    }
    Toast toast;
    toast.id = m_nextId++;
    toast.eventType = event.eventType;
    toast.variantId =
        event.variantId.isNull() ? QString() : event.variantId.toString(QUuid::WithoutBraces);
    toast.locationId =
        event.locationId.isNull() ? QString() : event.locationId.toString(QUuid::WithoutBraces);
    toast.sku = event.text(QStringLiteral("sku"));
    toast.text = text;
    toast.expiresAt = m_clock.elapsed() + m_lifetimeMs;
    // The same news about the same item and place again: the newer one stands alone.
    for (int i = 0; i < m_toasts.size(); ++i) {
        const Toast &t = m_toasts.at(i);
        if (t.eventType == toast.eventType && t.variantId == toast.variantId &&
            t.locationId == toast.locationId) {
            removeAt(i);
            break;
        }
    }
    beginInsertRows({}, 0, 0);
    m_toasts.prepend(toast);
    endInsertRows();
    while (m_toasts.size() > MaxShown)
        removeAt(static_cast<int>(m_toasts.size()) - 1);
    Q_EMIT countChanged();
    m_ticker.start();
}

void ToastModel::summarize()
{
    ++m_summarized;
    const QString title =
        m_summarized == 1 ? tr("1 more alert") : tr("%1 more alerts").arg(m_summarized);
    const QString detail = tr("See them all on the Activity screen");
    const qint64 expires = m_clock.elapsed() + m_lifetimeMs;
    for (int i = 0; i < m_toasts.size(); ++i) {
        Toast &t = m_toasts[i];
        if (t.summary) {
            t.text.title = title;
            t.expiresAt = expires;
            Q_EMIT dataChanged(index(i), index(i), {TitleRole});
            return;
        }
    }
    Toast s;
    s.id = m_nextId++;
    s.summary = true;
    s.text = {QStringLiteral("alert"), QStringLiteral("warn"), title, detail, true};
    s.expiresAt = expires;
    beginInsertRows({}, 0, 0);
    m_toasts.prepend(s);
    endInsertRows();
    while (m_toasts.size() > MaxShown)
        removeAt(static_cast<int>(m_toasts.size()) - 1);
    Q_EMIT countChanged();
    m_ticker.start();
}

void ToastModel::clear()
{
    m_lately.clear();
    m_summarized = 0;
    if (m_toasts.isEmpty())
        return;
    beginResetModel();
    m_toasts.clear();
    endResetModel();
    m_ticker.stop();
    Q_EMIT countChanged();
}

int ToastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_toasts.size());
}

QVariant ToastModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Toast &t = m_toasts.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case Qt::DisplayRole:
    case TitleRole:
        return t.text.title;
    case DetailRole:
        return t.text.detail;
    case ToneRole:
        return t.text.tone;
    case VariantIdRole:
        return t.variantId;
    case LocationIdRole:
        return t.locationId;
    case SkuRole:
        return t.sku;
    case SummaryRole:
        return t.summary;
    default:
        return {};
    }
}

QHash<int, QByteArray> ToastModel::roleNames() const
{
    return {{IdRole, "toastId"}, {TitleRole, "title"},         {DetailRole, "detail"},
            {ToneRole, "tone"},  {VariantIdRole, "variantId"}, {LocationIdRole, "locationId"},
            {SkuRole, "sku"},    {SummaryRole, "summary"}};
}

void ToastModel::dismiss(int id)
{
    for (int i = 0; i < m_toasts.size(); ++i) {
        if (m_toasts.at(i).id == id) {
            removeAt(i);
            Q_EMIT countChanged();
            return;
        }
    }
}

void ToastModel::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (!held) {
        // Time to read them again once the pointer leaves.
        const qint64 later = m_clock.elapsed() + m_lifetimeMs / 2;
        for (Toast &t : m_toasts)
            t.expiresAt = std::max(t.expiresAt, later);
    }
}

void ToastModel::expire()
{
    if (m_held)
        return;
    const qint64 now = m_clock.elapsed();
    bool removed = false;
    for (int i = static_cast<int>(m_toasts.size()) - 1; i >= 0; --i) {
        if (m_toasts.at(i).expiresAt <= now) {
            removeAt(i);
            removed = true;
        }
    }
    if (removed)
        Q_EMIT countChanged();
    if (m_toasts.isEmpty())
        m_ticker.stop();
}

void ToastModel::removeAt(int row)
{
    if (m_toasts.at(row).summary)
        m_summarized = 0; // the next burst starts a summary of its own
    beginRemoveRows({}, row, row);
    m_toasts.removeAt(row);
    endRemoveRows();
}

} // namespace stockroom
