#pragma once

#include <QStringList>
#include <functional>

class QObject;

namespace stockroom {

class DbExecutor;

/**
 * Reads the channels a tenant's prices are set for ("default" first) off the GUI thread into
 * @p into, a member of @p context, and calls @p changed when they differ from what it held; a
 * failed read changes nothing, so the list a screen already shows stays.
 */
void readPriceChannels(DbExecutor &executor, QObject *context, const QString &tenantId,
                       QStringList *into, std::function<void()> changed);

} // namespace stockroom
