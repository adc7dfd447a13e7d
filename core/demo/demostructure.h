#pragma once

namespace stockroom {

class DemoContext;
class PgConnection;

/**
 * The tenant and everything the catalog and stock hang off: stores, locations, terminals,
 * dark stores with zones and pickers, units of measure, source systems and the category tree.
 * Fills the context's ids for the later stages.
 */
class DemoStructure
{
public:
    DemoStructure(DemoContext &context, PgConnection &connection);
    void write();

private:
    void writeTenant();
    void writeStores();
    void writeDarkStores();
    void writeUnits();
    void writeSources();
    void writeCategories();

    DemoContext &m_context;
    PgConnection &m_connection;
};

} // namespace stockroom
