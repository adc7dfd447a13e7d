#include "demo/demopricing.h"

#include "db/pgconnection.h"
#include "demo/democontext.h"
#include "demo/democopy.h"
#include "types/money.h"

namespace stockroom {

namespace {

const QString kActor = QStringLiteral("demo_seed");
constexpr qint64 kCurrentFromDay = -60;

QString money(qint64 paise)
{
    return Money::fromMinorUnits(paise).toSqlString();
}

qint32 wholeRupeesUp(qint64 paise)
{
    return static_cast<qint32>((paise + 99) / 100 * 100);
}

// A shelf price at most @p cap, in whole rupees (50 paise for small amounts), never zero.
qint64 shelfPrice(qint64 paise, qint64 cap)
{
    const qint64 step = cap >= 2000 ? 100 : 50;
    return qBound<qint64>(qMin<qint64>(step, cap), paise / step * step, cap);
}

} // namespace

DemoPricing::DemoPricing(DemoContext &context, PgConnection &connection)
    : m_context(context)
    , m_connection(connection)
{}

void DemoPricing::write()
{
    DemoContext &c = m_context;
    DemoStage stage(c.progress, QStringLiteral("Prices"), static_cast<qint64>(c.variants.size()));
    DemoCopy copy(m_connection, QStringLiteral("variant_prices"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("variant_id"),
                   QStringLiteral("location_id"), QStringLiteral("channel"), QStringLiteral("mrp"),
                   QStringLiteral("base_price"), QStringLiteral("tax_rate"),
                   QStringLiteral("effective_from"), QStringLiteral("effective_to"),
                   QStringLiteral("source_system_id"), QStringLiteral("created_by"),
                   QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QString defaultChannel = QStringLiteral("default");
    const qint64 currentFrom = kCurrentFromDay * DemoTime::kDay;
    const QString currentFromText = c.time.timestamp(currentFrom);

    for (quint32 v = 0; v < c.variants.size(); ++v) {
        const DemoVariant &variant = c.variants[v];
        DemoRandom random = c.ids.random(DemoEntity::Price, v);
        const QString id = c.variantId(v);
        const QString tax = QString::number(c.kind(variant).taxRate);
        auto row = [&](quint64 slot, const SqlParam &location, const QString &channel, qint64 mrp,
                       qint64 base, qint64 from, std::optional<qint64> to, const SqlParam &source,
                       qint64 created) {
            const QString written = c.time.timestamp(created); // created and last updated
            copy.row({c.tenantId, c.ids.uuid(DemoEntity::Price, v, slot), id, location, channel,
                      money(mrp), money(base), tax, c.time.timestamp(from),
                      to ? SqlParam(c.time.timestamp(*to)) : std::nullopt, source, kActor, written,
                      written});
        };

        // A price rise already scheduled, starting at midnight a few days from now.
        std::optional<qint64> currentTo;
        if (variant.has(DemoVariant::FuturePrice)) {
            const qint64 from = random.range(2, 6) * DemoTime::kDay;
            const qint64 mrp =
                wholeRupeesUp(static_cast<qint64>(variant.mrp) * random.range(102, 110) / 100);
            const qint64 base = shelfPrice(mrp * random.range(85, 100) / 100, mrp);
            row(1, std::nullopt, defaultChannel, mrp, base, from, std::nullopt, c.erpSourceId,
                DemoTime::kNow - random.range(1, 20) * DemoTime::kHour);
            currentTo = from;
        }
        row(0, std::nullopt, defaultChannel, variant.mrp, variant.basePrice, currentFrom, currentTo,
            c.erpSourceId, currentFrom);

        // The price before the current one, ending exactly where it starts.
        if (variant.has(DemoVariant::PriceHistory)) {
            const qint64 from = currentFrom - random.range(30, 180) * DemoTime::kDay;
            const qint64 mrp = qMax<qint64>(100, static_cast<qint64>(variant.mrp) *
                                                     random.range(88, 100) / 100 / 100 * 100);
            const qint64 base = shelfPrice(mrp * random.range(85, 100) / 100, mrp);
            row(2, std::nullopt, defaultChannel, mrp, base, from, currentFrom, c.erpSourceId, from);
        }

        // One store's own promotion, some with an end date.
        if (variant.has(DemoVariant::LocalPrice)) {
            static const int floors[] = {kBlrFloor, kMumFloor, kDelFloor};
            const int first = static_cast<int>(random.range(0, 2));
            for (int i = 0; i < 3; ++i) {
                const int location = floors[(first + i) % 3];
                if (!(variant.locations & (1u << location)))
                    continue;
                const qint64 from = -random.range(1, 30) * DemoTime::kDay + 7 * DemoTime::kHour;
                std::optional<qint64> to;
                if (random.percent(50))
                    to = random.range(3, 10) * DemoTime::kDay;
                const qint64 base =
                    shelfPrice(static_cast<qint64>(variant.basePrice) * random.range(90, 99) / 100,
                               variant.mrp);
                row(3, c.locations[static_cast<size_t>(location)].id, defaultChannel, variant.mrp,
                    base, from, to, std::nullopt, from);
                break;
            }
        }

        if (variant.darkPrice > 0) {
            const qint64 from = -45 * DemoTime::kDay;
            row(4, std::nullopt, QStringLiteral("dark_store"), variant.mrp, variant.darkPrice, from,
                std::nullopt, c.feedSourceId, from);
        }
        stage.advance();
    }
    c.summary.prices = copy.finish();
    stage.finish();
}

} // namespace stockroom
