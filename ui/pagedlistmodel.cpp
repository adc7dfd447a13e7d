#include "pagedlistmodel.h"

namespace stockroom {

void PagedListModel::forgetLoaded()
{
    if (!m_loadedOnce)
        return;
    m_loadedOnce = false;
    Q_EMIT loadedOnceChanged();
}

void PagedListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void PagedListModel::setHasMore(bool more)
{
    if (m_hasMore == more)
        return;
    m_hasMore = more;
    Q_EMIT hasMoreChanged();
}

void PagedListModel::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stockroom
