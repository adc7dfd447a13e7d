#pragma once

#include <QString>
#include <QtGlobal>

namespace stockroom {

class DemoContext;
class DemoStage;
class PgConnection;

/**
 * The catalog: plans every product and variant (kind, brand, pack, flags, prices, where it is
 * stocked) into the context's compact arrays, then streams products, variants, barcodes,
 * extra units, version history and source-system mappings.
 */
class DemoCatalog
{
public:
    DemoCatalog(DemoContext &context, PgConnection &connection);

    /** Fills context.products and context.variants; writes nothing. */
    void plan();
    void write();

private:
    void planVariant(quint32 index, int option, int brandFactor);
    void writeProducts(DemoStage &stage);
    void writeVariants(DemoStage &stage);
    void writeBarcodes(DemoStage &stage);
    void writeUnits(DemoStage &stage);
    void writeVersions(DemoStage &stage);
    void writeSourceEntities(DemoStage &stage);
    [[nodiscard]] QString attributes(quint32 v) const;

    DemoContext &m_context;
    PgConnection &m_connection;
};

} // namespace stockroom
