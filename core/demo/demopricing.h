#pragma once

namespace stockroom {

class DemoContext;
class PgConnection;

/**
 * variant_prices: the current all-locations default price of every variant (from 60 days ago),
 * and for some an earlier closed range, a scheduled rise, a store's own promotion or a
 * dark-store channel price. Ranges of one variant/location/channel never overlap.
 */
class DemoPricing
{
public:
    DemoPricing(DemoContext &context, PgConnection &connection);
    void write();

private:
    DemoContext &m_context;
    PgConnection &m_connection;
};

} // namespace stockroom
