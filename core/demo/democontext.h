#pragma once

#include "demo/demorandom.h"
#include "demo/demoseeder.h"
#include "demo/demotime.h"
#include "demo/demovocabulary.h"
#include "types/quantity.h"

#include <QString>

#include <array>
#include <vector>

namespace stockroom {

/** The demo's fixed sites, in the order their stock-location bits use. */
enum DemoLocationIndex : int {
    kBlrFloor,
    kBlrBackroom,
    kMumFloor,
    kDelFloor,
    kBlrDarkStore,
    kMumDarkStore,
    kDemoLocationCount
};

struct DemoLocation
{
    QString id;
    QString code;
    QString type; // store, backroom, dark_store
    int store = 0;
    int darkStore = -1;
};

struct DemoDarkStore
{
    QString id;
    QString code;
    int location = 0;
    /** Zone ids by DemoZone; a dark store without a bulk zone keeps bulk goods in ambient. */
    std::array<QString, kDemoZoneCount> zoneIds;
    std::vector<QString> pickerIds;

    [[nodiscard]] const QString &zoneId(DemoZone zone) const;
};

struct DemoProduct
{
    quint16 kind;
    quint8 brand;
    quint8 variety;
    // How many products of the same brand, variety and kind came before this one: a product line
    // word then keeps every product name distinct ("Annaram Gold Sona Masoori Rice").
    quint16 line = 0;
    qint32 createdDay; // day offset from the as-of day
};

/** One variant, compactly: names and ids are rebuilt from these facts when a row is written. */
struct DemoVariant
{
    enum Flag : quint8 {
        Archived = 1,
        Essential = 2,
        SecondBarcode = 4,
        ExtraUnit = 8,
        PriceHistory = 16,
        FuturePrice = 32,
        LocalPrice = 64,
    };

    quint32 product;
    quint16 kind;
    quint8 pack;     // index into the kind's packs
    quint8 multiple; // 1, or 2 and 3 for multipacks ("500 ml x 2")
    quint8 flags;
    quint8 locations; // bit i: stocked at DemoLocationIndex i
    quint16 velocity; // demand score in ten-thousandths, 1..9999
    qint32 mrp;       // paise
    qint32 basePrice; // current all-locations default price, paise
    qint32 darkPrice; // 'dark_store' channel price, paise; 0 when there is none

    [[nodiscard]] bool has(Flag flag) const { return (flags & flag) != 0; }
};

/** Reports one stage's progress to the caller, a few hundred times at most. */
class DemoStage
{
public:
    DemoStage(const DemoSeeder::Progress &progress, QString name, qint64 total);
    void advance(qint64 count = 1);
    void finish();

private:
    void report();

    const DemoSeeder::Progress &m_progress;
    QString m_name;
    qint64 m_total;
    qint64 m_done = 0;
    qint64 m_nextReport = 0;
};

/** Everything the seeding stages share: ids, the calendar, the sites and the catalog plan. */
class DemoContext
{
public:
    DemoContext(const DemoSeedOptions &options, const DemoSeeder::Progress &progress);

    const DemoSeedOptions options;
    const DemoIds ids;
    const DemoTime time;
    const DemoVocabulary &words;
    const DemoSeeder::Progress progress;

    QString tenantId;
    QString slug;
    QString refPrefix; // initials for reference numbers, "AF"
    std::array<DemoLocation, kDemoLocationCount> locations;
    std::vector<DemoDarkStore> darkStores;
    QString erpSourceId;
    QString posSourceId;
    QString feedSourceId;
    std::vector<QString> leafCategoryIds;
    std::vector<DemoProduct> products;
    /** Index of each product's first variant, plus the variant count at the end. */
    std::vector<quint32> productFirstVariant;
    std::vector<DemoVariant> variants;
    /** Per dark store, its active variants from fastest to slowest seller (orders pick from it). */
    std::vector<std::vector<quint32>> darkStoreRanking;
    DemoSeedSummary summary;

    [[nodiscard]] const DemoKind &kind(const DemoVariant &v) const { return words.kinds[v.kind]; }
    [[nodiscard]] const DemoPack &pack(const DemoVariant &v) const { return kind(v).packs[v.pack]; }
    [[nodiscard]] const DemoLeafCategory &leaf(const DemoVariant &v) const
    {
        return words.leaves[static_cast<size_t>(kind(v).leaf)];
    }
    /** Weighed out per kg: stock in kg with up to three decimals. */
    [[nodiscard]] bool isLoose(const DemoVariant &v) const { return pack(v).loose; }
    /** Tracked in batches with expiry dates. */
    [[nodiscard]] bool isPerishable(const DemoVariant &v) const;
    [[nodiscard]] DemoZone zone(const DemoVariant &v) const;
    [[nodiscard]] Quantity packSize(const DemoVariant &v) const;

    [[nodiscard]] QString variantId(quint32 v) const { return ids.uuid(DemoEntity::Variant, v); }
    [[nodiscard]] QString productId(quint32 p) const { return ids.uuid(DemoEntity::Product, p); }
    [[nodiscard]] QString productName(quint32 p) const;
    [[nodiscard]] QString variantName(quint32 v) const;
    [[nodiscard]] QString sku(quint32 v) const;
    [[nodiscard]] QString primaryBarcode(quint32 v) const;
    /** The second barcode, empty when the variant has none. */
    [[nodiscard]] QString secondBarcode(quint32 v) const;
    /** Price a dark-store customer pays: the dark_store channel price, else the default. */
    [[nodiscard]] qint32 darkStorePrice(const DemoVariant &v) const
    {
        return v.darkPrice > 0 ? v.darkPrice : v.basePrice;
    }
    [[nodiscard]] qint64 positionCount() const;
    /** "Person's name" drawn from the name lists. */
    [[nodiscard]] QString personName(DemoRandom &random) const;

private:
    std::vector<std::vector<Quantity>> m_packSizes;
};

} // namespace stockroom
