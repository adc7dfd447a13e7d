#include "demo/democontext.h"

#include "demo/demoformat.h"

#include <QtAlgorithms>

namespace stockroom {

namespace {
constexpr quint64 kBarcodeSpace = 1'000'000'000; // nine digits after the 890 prefix
constexpr quint64 kShortSpace = 1'000'000;       // six digits after an in-store EAN-8's 2
constexpr quint64 kShortStride = 142'857;
} // namespace

const QString &DemoDarkStore::zoneId(DemoZone zone) const
{
    const QString &zoneOfKind = zoneIds[static_cast<size_t>(zone)];
    return zoneOfKind.isEmpty() ? zoneIds[static_cast<size_t>(DemoZone::Ambient)] : zoneOfKind;
}

DemoStage::DemoStage(const DemoSeeder::Progress &progress, QString name, qint64 total)
    : m_progress(progress)
    , m_name(std::move(name))
    , m_total(qMax<qint64>(total, 1))
{
    report();
}

void DemoStage::advance(qint64 count)
{
    m_done += count;
    if (m_done >= m_nextReport)
        report();
}

void DemoStage::finish()
{
    m_done = m_total;
    report();
}

void DemoStage::report()
{
    const qint64 done = qMin(m_done, m_total);
    if (m_progress)
        m_progress(m_name, done, m_total);
    m_nextReport = done + qMax<qint64>(1, m_total / 200);
}

DemoContext::DemoContext(const DemoSeedOptions &seedOptions,
                         const DemoSeeder::Progress &progressCallback)
    : options(seedOptions)
    , ids(seedOptions.seed, seedOptions.tenantName)
    , time(seedOptions.asOf)
    , words(DemoVocabulary::instance())
    , progress(progressCallback)
{
    for (const DemoKind &kind : words.kinds) {
        std::vector<Quantity> sizes;
        for (const DemoPack &pack : kind.packs)
            sizes.push_back(
                Quantity::parse(QString::fromLatin1(pack.size)).value_or(Quantity::fromInteger(1)));
        m_packSizes.push_back(std::move(sizes));
    }
}

bool DemoContext::isPerishable(const DemoVariant &v) const
{
    return words.tops[static_cast<size_t>(leaf(v).top)].perishable && kind(v).shelfLifeDays > 0;
}

DemoZone DemoContext::zone(const DemoVariant &v) const
{
    const DemoPack &p = pack(v);
    const QLatin1String uom(p.uom);
    // Sacks and cans of 5 kg / 5 l and up go to the bulk zone.
    if (!p.loose && (uom == QLatin1String("kg") || uom == QLatin1String("l")) &&
        packSize(v) >= Quantity::fromInteger(5))
        return DemoZone::Bulk;
    return kind(v).zone;
}

Quantity DemoContext::packSize(const DemoVariant &v) const
{
    const Quantity one = m_packSizes[v.kind][v.pack];
    return Quantity::fromScaled(one.scaled() * v.multiple);
}

QString DemoContext::productName(quint32 p) const
{
    const DemoProduct &product = products[p];
    const DemoKind &k = words.kinds[product.kind];
    const auto &brands = words.leaves[static_cast<size_t>(k.leaf)].brands;
    static const char *const lineWords[] = {"Classic", "Gold",    "Select",  "Premium", "Everyday",
                                            "Royal",   "Supreme", "Special", "Pure",    "Family"};
    constexpr quint16 lineCount = sizeof(lineWords) / sizeof(lineWords[0]);
    QString name = QLatin1String(brands[product.brand % brands.size()]);
    name += u' ';
    if (product.line > 0) {
        name += QLatin1String(lineWords[(product.line - 1) % lineCount]);
        if (product.line > lineCount)
            name += QStringLiteral(" %1").arg((product.line - 1) / lineCount + 1);
        name += u' ';
    }
    if (const char *variety = k.varieties[product.variety]; *variety) {
        name += QLatin1String(variety);
        name += u' ';
    }
    name += QLatin1String(k.name);
    return name;
}

QString DemoContext::variantName(quint32 v) const
{
    const DemoVariant &variant = variants[v];
    const DemoPack &p = pack(variant);
    QString name = productName(variant.product);
    name += u' ';
    name += QLatin1String(p.size);
    name += u' ';
    name += QLatin1String(p.uom);
    if (variant.multiple > 1)
        name += QStringLiteral(" x %1").arg(variant.multiple);
    if (p.loose)
        name += QStringLiteral(" (Loose)");
    return name;
}

QString DemoContext::sku(quint32 v) const
{
    return QStringLiteral("%1-%2")
        .arg(QLatin1String(leaf(variants[v]).code))
        .arg(v + 1, 7, 10, QLatin1Char('0'));
}

QString DemoContext::primaryBarcode(quint32 v) const
{
    // GS1 India's 890 prefix and item numbers handed out in order (even ones for primary codes),
    // from a tenant-specific start: no two variants share one.
    const quint64 offset = ids.key(DemoEntity::Barcode) % kBarcodeSpace;
    const quint64 slot = (2ULL * v + offset) % kBarcodeSpace;
    return DemoFormat::ean13(890ULL * kBarcodeSpace + slot);
}

QString DemoContext::secondBarcode(quint32 v) const
{
    const DemoVariant &variant = variants[v];
    if (!variant.has(DemoVariant::SecondBarcode))
        return {};
    // Loose goods get a short in-store EAN-8 (prefix 2) for the weighing scale's labels.
    if (v < kShortSpace && (isLoose(variant) || v % 3 == 0)) {
        const quint64 offset = ids.key(DemoEntity::Barcode, 8) % kShortSpace;
        return DemoFormat::ean8(2 * kShortSpace + (v * kShortStride + offset) % kShortSpace);
    }
    const quint64 offset = ids.key(DemoEntity::Barcode) % kBarcodeSpace;
    const quint64 slot = (2ULL * v + 1 + offset) % kBarcodeSpace;
    return DemoFormat::ean13(890ULL * kBarcodeSpace + slot);
}

qint64 DemoContext::positionCount() const
{
    qint64 count = 0;
    for (const DemoVariant &v : variants)
        count += qPopulationCount(v.locations);
    return count;
}

QString DemoContext::personName(DemoRandom &random) const
{
    const auto &first = words.firstNames;
    const auto &last = words.lastNames;
    return QLatin1String(
               first[static_cast<size_t>(random.range(0, static_cast<qint64>(first.size()) - 1))]) +
           u' ' +
           QLatin1String(
               last[static_cast<size_t>(random.range(0, static_cast<qint64>(last.size()) - 1))]);
}

} // namespace stockroom
