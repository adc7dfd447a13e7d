#pragma once

#include <QtGlobal>

#include <vector>

namespace stockroom {

/** The dark-store zone a product is kept in; also the order of a dark store's zone list. */
enum class DemoZone : quint8 { Ambient, Chilled, Frozen, HighValue, Bulk };
inline constexpr int kDemoZoneCount = 5;

/** One pack a product is sold in: "500 g" at an MRP for the standard brand. */
struct DemoPack
{
    const char *size; // decimal text, "500" or "1.5"
    const char *uom;  // units_of_measure code
    qint32 mrpPaise;
    bool loose = false; // weighed out per kg: stocked in kg, fractions allowed
};

/** A kind of product within a category: "Butter", with its tax, packs and varieties. */
struct DemoKind
{
    int leaf; // index into DemoVocabulary::leaves
    const char *name;
    const char *hsn;
    int taxRate;       // GST percent: 0, 5, 12 or 18
    int popularity;    // 1..10: how fast it sells
    int shelfLifeDays; // manufacture to expiry, for batch-tracked (perishable) kinds
    DemoZone zone;
    std::vector<DemoPack> packs;
    std::vector<const char *> varieties; // "" is the plain product
};

struct DemoTopCategory
{
    const char *name;
    bool perishable; // batch-tracked with expiry dates
};

struct DemoLeafCategory
{
    int top;
    const char *name;
    const char *code; // SKU prefix
    bool essential;
    char diet;         // 'v' vegetarian food, 'n' non-vegetarian food, '-' not food
    int catalogWeight; // share of the catalog's products
    std::vector<const char *> brands;
};

/** A place customers' addresses are in, around a dark store. */
struct DemoLocality
{
    const char *name;
    const char *pinCode;
};

/**
 * The word lists the demo data is built from: a two-level category tree, product kinds with
 * realistic Indian MRPs, GST rates and HSN codes, made-up brand names, people's names and
 * neighbourhoods. Brands are invented; any likeness to a real one is accidental.
 */
class DemoVocabulary
{
public:
    [[nodiscard]] static const DemoVocabulary &instance();

    std::vector<DemoTopCategory> tops;
    std::vector<DemoLeafCategory> leaves;
    std::vector<DemoKind> kinds;
    std::vector<int> leafWeights; // parallel to leaves, for DemoRandom::weighted
    std::vector<std::vector<int>> kindsOfLeaf;
    std::vector<const char *> firstNames;
    std::vector<const char *> lastNames;
    std::vector<const char *> buildings;
    std::vector<const char *> cancelReasons;
    /** Neighbourhoods served by each dark store, in dark-store order. */
    std::vector<std::vector<DemoLocality>> localities;

private:
    DemoVocabulary();
};

} // namespace stockroom
