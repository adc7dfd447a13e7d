#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

/**
 * What a list model read page by page (keyset pages, newest request wins) keeps besides its
 * rows, once for all of them: whether a read is under way, whether more pages follow, whether
 * the first page has come, and the last read's error — with the signals QML binds to.
 */
class PagedListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY hasMoreChanged)
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY loadedOnceChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool hasMore() const { return m_hasMore; }
    [[nodiscard]] bool loadedOnce() const { return m_loadedOnce; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void hasMoreChanged();
    void loadedOnceChanged();
    void errorTextChanged();

protected:
    /**
     * Takes a page read into @p rows: in place of them when it is the first page, else after
     * them; a full page (@p pageSize rows) means more may follow.
     */
    template<typename Row>
    void takePage(QList<Row> &rows, const QList<Row> &page, bool fromStart, int pageSize)
    {
        const int oldCount = rowCount();
        if (fromStart) {
            beginResetModel();
            rows = page;
            endResetModel();
        } else if (!page.isEmpty()) {
            beginInsertRows({}, oldCount, oldCount + static_cast<int>(page.size()) - 1);
            rows.append(page);
            endInsertRows();
        }
        setHasMore(page.size() == pageSize);
        if (rowCount() != oldCount || fromStart)
            Q_EMIT countChanged();
        if (!m_loadedOnce) {
            m_loadedOnce = true;
            Q_EMIT loadedOnceChanged();
        }
    }
    /** Empties @p rows (another person, location or filter): no more pages either. */
    template<typename Row> void clearRows(QList<Row> &rows)
    {
        if (!rows.isEmpty()) {
            beginResetModel();
            rows.clear();
            endResetModel();
            Q_EMIT countChanged();
        }
        setHasMore(false);
    }
    /** Back to "not read yet" (another person's list). */
    void forgetLoaded();
    void setLoading(bool loading);
    void setHasMore(bool more);
    void setError(const QString &text);

private:
    bool m_loading = false;
    bool m_hasMore = false;
    bool m_loadedOnce = false;
    QString m_errorText;
};

} // namespace stockroom
