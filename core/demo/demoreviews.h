#pragma once

namespace stockroom {

class DemoContext;
class PgConnection;

/**
 * A handful of open review items, as last night's feed run and the ERP's catalog import left
 * them: feed rows with a new code whose barcode names a known item, a code nothing resembles,
 * two ERP item numbers that now arrive with another item's SKU, a till code whose description
 * reads like an item. Drawn from the catalog plan, so the same options give the same items.
 */
class DemoReviews
{
public:
    DemoReviews(DemoContext &context, PgConnection &connection);
    void write();

private:
    DemoContext &m_context;
    PgConnection &m_connection;
};

} // namespace stockroom
