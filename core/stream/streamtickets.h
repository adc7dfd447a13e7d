#pragma once

#include "stream/streamclient.h"

namespace stockroom {

class DbExecutor;

/**
 * The desktop's ticket provider for a StreamClient: asks api.issue_stream_ticket() on
 * @p executor, the signed-in person's own database session, so the stream connection is theirs
 * and no shared secret is involved. Answers arrive on @p context's thread (none once it is gone;
 * the client's connect timeout then gives up on that attempt).
 */
[[nodiscard]] StreamClient::TicketProvider streamTicketsFrom(DbExecutor *executor,
                                                             QObject *context);

} // namespace stockroom
