#pragma once

#include <QStringList>
#include <functional>

class QObject;

namespace stockroom {

class DbExecutor;

/**
 * The channels a tenant's prices are set for ("default" first), as a screen shows them: read off
 * the GUI thread, at most one read at a time (asking again while one runs reads once more after
 * it, however often it was asked — a bulk change can bring thousands of events naming a new
 * channel), and an answer meant for an earlier source (before clear()) dropped. A failed read
 * changes nothing, so the list shown stays.
 */
class PriceChannels
{
public:
    [[nodiscard]] const QStringList &list() const { return m_list; }
    /**
     * Reads the list through @p executor for @p context, which owns this object; @p changed is
     * called on the context's thread when the list differs from what it was.
     */
    void read(DbExecutor &executor, QObject *context, const QString &tenantId,
              std::function<void()> changed);
    /** Forgets the list, back to the default channel alone, and any read under way (another
     *  person signed in). Returns whether the list changed. */
    bool clear();

private:
    QStringList m_list{QStringLiteral("default")};
    quint64 m_generation = 0;
    bool m_reading = false;
    bool m_again = false;
};

} // namespace stockroom
