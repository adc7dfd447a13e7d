#pragma once

#include <QtGlobal>

namespace stockroom {

class DemoContext;
class DemoStage;
class PgConnection;
struct DemoPositionPlan;

/**
 * Stock: positions with bins, their ledgers, reservations, batches, the orderability
 * projection and the dark stores' catalog projection. Each table is one streaming pass over
 * the positions; DemoStockPlan makes every pass agree on the numbers.
 */
class DemoStock
{
public:
    DemoStock(DemoContext &context, PgConnection &connection);
    void write();

private:
    void writePositions(DemoStage &stage);
    void writeMovements(DemoStage &stage);
    void writeReservations(DemoStage &stage);
    void writeBatches(DemoStage &stage);
    void writeOrderability(DemoStage &stage);
    void writeDarkStoreCatalog(DemoStage &stage);
    /** Calls @p visit(variant, location) for every stocked position, in a fixed order. */
    template<typename Visit> void forEachPosition(Visit visit) const;

    DemoContext &m_context;
    PgConnection &m_connection;
};

} // namespace stockroom
