#include "activitytext.h"

#include "displayformat.h"

#include <QDate>
#include <QLocale>

namespace stockroom {

namespace {

using W = ActivityWording;

/** What one event says, with the words its sentences share. */
struct Words
{
    const StreamEvent &e;
    QString item; // the variant's name, or its SKU
    QString unit;
    QString sku; // shown in the detail when the name is in the title
    QString at;

    /** A quantity of the data as the screens show one, with its unit: "1,250 pc", "2.5 kg". */
    [[nodiscard]] QString q(const QString &field, bool absolute = false) const
    {
        const std::optional<double> v = e.number(field);
        if (!v)
            return QStringLiteral("?");
        const auto parsed = Quantity::parse(QString::number(absolute ? std::abs(*v) : *v, 'f', 4));
        if (!parsed)
            return QStringLiteral("?");
        const QString text = display::quantity(*parsed);
        return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
    }
    /** "+3 pc" or "-2 pc". */
    [[nodiscard]] QString signedQ(const QString &field) const
    {
        const QString text = q(field);
        return text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('?'))
                   ? text
                   : QLatin1Char('+') + text;
    }
    /** The detail line, after the SKU when the title names the item. */
    [[nodiscard]] QString detail(const QString &text) const
    {
        if (sku.isEmpty())
            return text;
        return text.isEmpty() ? sku : sku + QStringLiteral(" · ") + text;
    }
    [[nodiscard]] QString position() const
    {
        QStringList parts;
        if (e.data.contains(QLatin1String("quantity_on_hand")))
            parts << W::tr("on hand %1").arg(q(QStringLiteral("quantity_on_hand")));
        if (e.data.contains(QLatin1String("quantity_reserved")))
            parts << W::tr("reserved %1").arg(q(QStringLiteral("quantity_reserved")));
        if (e.data.contains(QLatin1String("quantity_available")))
            parts << W::tr("available %1").arg(q(QStringLiteral("quantity_available")));
        QString text = parts.join(QStringLiteral(" · "));
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        return detail(text);
    }
};

QString placeOf(const StreamEvent &e, const QString &codeField, const QString &idField,
                const W::LocationName &locationName)
{
    const QString code = e.text(codeField);
    if (!code.isEmpty())
        return code;
    const QString id = e.text(idField);
    const QString named = locationName && !id.isEmpty() ? locationName(id) : QString();
    return named.isEmpty() ? W::tr("another location") : named;
}

/** "23 Nov" this year, "23 Nov 2027" otherwise. */
QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    if (!date.isValid())
        return iso;
    const QLocale india(QLocale::English, QLocale::India);
    return india.toString(date, date.year() == QDate::currentDate().year()
                                    ? QStringLiteral("d MMM")
                                    : QStringLiteral("d MMM yyyy"));
}

ActivityText adjusted(const Words &w)
{
    const QString type = w.e.text(QStringLiteral("movement_type"));
    const QString amount = w.q(QStringLiteral("quantity_delta"), true);
    ActivityText t{QStringLiteral("stock"), QStringLiteral("info"), {}, w.position(), false};
    if (type == QLatin1String("receipt")) {
        t.title = W::tr("Received %1 of %2 at %3").arg(amount, w.item, w.at);
    } else if (type == QLatin1String("return")) {
        t.title = W::tr("Customer return: %1 of %2 back at %3").arg(amount, w.item, w.at);
    } else if (type == QLatin1String("damage")) {
        t.title = W::tr("Damage written off: %1 of %2 at %3").arg(amount, w.item, w.at);
    } else if (type == QLatin1String("expiry_writeoff")) {
        t.title = W::tr("Expired stock written off: %1 of %2 at %3").arg(amount, w.item, w.at);
    } else if (type == QLatin1String("count_correction")) {
        t.title = W::tr("Count corrected %1 at %2 by %3")
                      .arg(w.item, w.at, w.signedQ(QStringLiteral("quantity_delta")));
    } else if (type == QLatin1String("sale_committed")) {
        t.title = W::tr("Sold %1 of %2 at %3").arg(amount, w.item, w.at);
    } else if (type == QLatin1String("transfer_out")) {
        t.kind = QStringLiteral("transfer");
        t.title = W::tr("Sent %1 of %2 from %3 on a transfer").arg(amount, w.item, w.at);
    } else if (type == QLatin1String("transfer_in")) {
        t.kind = QStringLiteral("transfer");
        t.title = W::tr("Transfer received: %1 of %2 at %3").arg(amount, w.item, w.at);
    } else {
        t.title = W::tr("Adjusted %1 at %2 by %3")
                      .arg(w.item, w.at, w.signedQ(QStringLiteral("quantity_delta")));
    }
    return t;
}

QString unorderableReason(const QString &code)
{
    if (code == QLatin1String("out_of_stock"))
        return W::tr("nothing left to sell");
    if (code == QLatin1String("archived"))
        return W::tr("the item is archived");
    if (code == QLatin1String("location_inactive"))
        return W::tr("the location is inactive");
    return code;
}

ActivityText categoryChanged(const StreamEvent &e)
{
    const QString path = display::categoryPath(e.text(QStringLiteral("path")));
    const QString change = e.text(QStringLiteral("change"));
    const QString previous = display::categoryPath(e.text(QStringLiteral("previous_path")));
    const QString was = previous.isEmpty() ? QString() : W::tr("was %1").arg(previous);
    ActivityText t{QStringLiteral("catalog"), QStringLiteral("info"), {}, was, false};
    if (change == QLatin1String("created")) {
        t.title = W::tr("New category: %1").arg(path);
    } else if (change == QLatin1String("renamed")) {
        t.title = W::tr("Category renamed: %1").arg(path);
    } else if (change == QLatin1String("moved")) {
        t.title = W::tr("Category moved: %1").arg(path);
    } else if (change == QLatin1String("path_changed")) {
        t.title = W::tr("Category now at %1").arg(path);
        t.detail = W::tr("%1, with the category above it").arg(was);
    } else if (change == QLatin1String("reordered")) {
        t.title = W::tr("Category order changed: %1").arg(path);
        const qsizetype cut = path.lastIndexOf(QStringLiteral(" › "));
        const int place = static_cast<int>(e.number(QStringLiteral("sort_order")).value_or(0));
        t.detail = cut < 0 ? W::tr("place %1 at the top level").arg(place)
                           : W::tr("place %1 in %2").arg(place).arg(path.left(cut));
    } else if (change == QLatin1String("deactivated")) {
        t.tone = QStringLiteral("warn");
        t.title = W::tr("Category deactivated: %1").arg(path);
        t.detail = W::tr("No longer offered in the category lists; its items stay where they are");
    } else if (change == QLatin1String("reactivated")) {
        t.tone = QStringLiteral("good");
        t.title = W::tr("Category reactivated: %1").arg(path);
    } else {
        t.title = W::tr("Category changed: %1").arg(path);
    }
    return t;
}

} // namespace

ActivityText ActivityWording::describe(const StreamEvent &e, const EventItem &item,
                                       const LocationName &locationName)
{
    const QString sku = e.text(QStringLiteral("sku"));
    Words w{
        e,
        !item.name.isEmpty() ? item.name
        : !sku.isEmpty()     ? sku
                             : tr("an item"),
        item.unit, item.name.isEmpty() ? QString() : sku,
        placeOf(e, QStringLiteral("location_code"), QStringLiteral("location_id"), locationName)};
    const QString &type = e.eventType;
    const QString order = e.text(QStringLiteral("order_id"));

    if (type == QLatin1String("inventory.stock.adjusted"))
        return adjusted(w);
    if (type == QLatin1String("inventory.stock.reserved"))
        return {QStringLiteral("reservation"), QStringLiteral("info"),
                tr("Reserved %1 of %2 at %3 for order %4")
                    .arg(w.q(QStringLiteral("quantity")), w.item, w.at, order),
                w.position(), false};
    if (type == QLatin1String("inventory.stock.released")) {
        const bool expired = e.text(QStringLiteral("reason")) == QLatin1String("expired");
        return {QStringLiteral("reservation"),
                expired ? QStringLiteral("warn") : QStringLiteral("info"),
                expired ? tr("Reservation for order %1 ran out: %2 of %3 back on sale at %4")
                              .arg(order, w.q(QStringLiteral("quantity")), w.item, w.at)
                        : tr("Released %1 of %2 at %3 (order %4)")
                              .arg(w.q(QStringLiteral("quantity")), w.item, w.at, order),
                w.position(), false};
    }
    if (type == QLatin1String("inventory.stock.committed"))
        return {QStringLiteral("reservation"), QStringLiteral("good"),
                tr("Order %1 sold: %2 of %3 at %4")
                    .arg(order, w.q(QStringLiteral("quantity")), w.item, w.at),
                w.position(), false};
    if (type == QLatin1String("inventory.orderability.changed")) {
        const bool orderable = e.data.value(QLatin1String("is_orderable")).toBool();
        return {QStringLiteral("orderability"),
                orderable ? QStringLiteral("good") : QStringLiteral("warn"),
                orderable ? tr("%1 can be ordered again at %2").arg(w.item, w.at)
                          : tr("%1 can no longer be ordered at %2").arg(w.item, w.at),
                w.detail(orderable ? tr("%1 available").arg(w.q(QStringLiteral("available_qty")))
                                   : unorderableReason(e.text(QStringLiteral("reason_code")))),
                false};
    }
    if (type == QLatin1String("inventory.stock.low"))
        return {QStringLiteral("alert"), QStringLiteral("warn"),
                tr("Low stock: %1 at %2").arg(w.item, w.at),
                w.detail(tr("%1 left to sell · reorder point %2")
                             .arg(w.q(QStringLiteral("quantity_available")),
                                  w.q(QStringLiteral("reorder_point")))),
                true};
    if (type == QLatin1String("inventory.stock.out"))
        return {QStringLiteral("alert"), QStringLiteral("bad"),
                tr("Out of stock: %1 at %2").arg(w.item, w.at),
                w.detail(tr("Nothing left to sell")), true};
    if (type == QLatin1String("inventory.transfer.dispatched")) {
        const QString from = placeOf(e, QStringLiteral("from_location_code"),
                                     QStringLiteral("from_location_id"), locationName);
        return {
            QStringLiteral("transfer"), QStringLiteral("info"),
            tr("Transfer on its way: %1 of %2 from %3 to %4")
                .arg(w.q(QStringLiteral("quantity")), w.item, from, w.at),
            w.detail(
                tr("In transit to %1: %2").arg(w.at, w.q(QStringLiteral("quantity_in_transit")))),
            false};
    }
    if (type == QLatin1String("inventory.stock.levels_changed"))
        return {QStringLiteral("stock"), QStringLiteral("info"),
                tr("Stock levels set for %1 at %2").arg(w.item, w.at),
                w.detail(tr("reorder point %1 · max %2")
                             .arg(w.q(QStringLiteral("reorder_point")),
                                  e.data.value(QLatin1String("max_stock")).isNull()
                                      ? tr("none")
                                      : w.q(QStringLiteral("max_stock")))),
                false};
    if (type == QLatin1String("inventory.batch.expired"))
        return {QStringLiteral("alert"), QStringLiteral("bad"),
                tr("Expired: %1 of %2 at %3 can no longer be sold")
                    .arg(w.q(QStringLiteral("quantity_expired")), w.item, w.at),
                w.detail(tr("%1 left to sell").arg(w.q(QStringLiteral("quantity_available")))),
                true};
    if (type == QLatin1String("inventory.batch.expiring_soon"))
        return {QStringLiteral("alert"), QStringLiteral("warn"),
                tr("Expires %1: %2 at %3")
                    .arg(dateText(e.text(QStringLiteral("expiry_date"))), w.item, w.at),
                w.detail(tr("Batch %1 · %2 in it")
                             .arg(e.text(QStringLiteral("batch_number")),
                                  w.q(QStringLiteral("quantity")))),
                true};
    if (type == QLatin1String("catalog.variant.upserted")) {
        const int version = static_cast<int>(e.number(QStringLiteral("version_no")).value_or(0));
        const bool archived = e.text(QStringLiteral("status")) == QLatin1String("archived");
        return {QStringLiteral("catalog"), QStringLiteral("info"),
                version <= 1 ? tr("New in the catalog: %1").arg(w.item)
                             : tr("Catalog: %1 saved").arg(w.item),
                w.detail(archived ? tr("version %1 · archived").arg(version)
                                  : tr("version %1").arg(version)),
                false};
    }
    if (type == QLatin1String("catalog.variant.deleted"))
        return {QStringLiteral("catalog"), QStringLiteral("warn"),
                tr("Deleted from the catalog: %1").arg(w.item), w.detail(QString()), false};
    if (type == QLatin1String("catalog.product.upserted"))
        return {QStringLiteral("catalog"), QStringLiteral("info"),
                tr("Catalog: product %1 saved").arg(e.text(QStringLiteral("name"))), QString(),
                false};
    // Prices (0017/0022): a new price row, or a row ended or cancelled; and (0026) a scheduled
    // price that took effect, or ran out, by the clock.
    if (type == QLatin1String("catalog.price.updated")) {
        const QString where =
            e.text(QStringLiteral("location_id")).isEmpty() ? tr("every location") : w.at;
        const QString price = display::money(Money::parse(e.text(QStringLiteral("base_price"))));
        const QString channel = e.text(QStringLiteral("channel"));
        const QString change = e.text(QStringLiteral("change"));
        const bool ranOut = change == QLatin1String("ran_out");
        QStringList parts;
        if (!channel.isEmpty() && channel != QLatin1String("default"))
            parts << tr("%1 channel").arg(channel);
        if (const QString mrp = e.text(QStringLiteral("mrp")); !mrp.isEmpty())
            parts << tr("MRP %1").arg(display::money(Money::parse(mrp)));
        if (ranOut)
            parts << tr("ended %1").arg(dateText(e.text(QStringLiteral("at"))));
        else if (const QString from = e.text(QStringLiteral("effective_from")); !from.isEmpty())
            parts << tr("from %1").arg(dateText(from));
        const QString title =
            ranOut ? tr("Price of %1 at %2 ran out (was %3)").arg(w.item, where, price)
            : change == QLatin1String("took_effect")
                ? tr("Price of %1 at %2 took effect: %3").arg(w.item, where, price)
                : tr("Price of %1 at %2: %3").arg(w.item, where, price);
        return {QStringLiteral("catalog"), QStringLiteral("info"), title,
                w.detail(parts.join(QStringLiteral(" · "))), false};
    }
    // The category tree (0024): one event per category changed, with what happened to it.
    if (type == QLatin1String("catalog.category.updated"))
        return categoryChanged(e);
    // Source systems and their codes for our items (0020_source_mappings.sql).
    if (type == QLatin1String("catalog.source_mapping.updated")) {
        const QString code = e.text(QStringLiteral("external_id"));
        const QString source = e.text(QStringLiteral("source_name"));
        const QString change = e.text(QStringLiteral("change"));
        if (change == QLatin1String("unmapped"))
            return {QStringLiteral("other"), QStringLiteral("info"),
                    tr("%1 of %2 no longer names %3").arg(code, source, w.item), w.detail({}),
                    false};
        return {QStringLiteral("other"), QStringLiteral("info"),
                tr("%1 of %2 now names %3").arg(code, source, w.item),
                w.detail(change == QLatin1String("replaced")
                             ? tr("instead of %1").arg(e.text(QStringLiteral("previous_sku")))
                             : QString()),
                false};
    }
    if (type == QLatin1String("catalog.source_review.resolved"))
        return {QStringLiteral("other"), QStringLiteral("good"),
                tr("Review of %1 closed").arg(e.text(QStringLiteral("external_id"))),
                e.text(QStringLiteral("resolution")), false};
    if (type == QLatin1String("catalog.source_system.updated"))
        return {QStringLiteral("other"), QStringLiteral("info"),
                tr("Source system %1 %2")
                    .arg(e.text(QStringLiteral("name")), e.text(QStringLiteral("change"))),
                QString(), false};
    // A type this version does not know yet: its name, and what it is about, if it says.
    ActivityText t{QStringLiteral("other"), QStringLiteral("info"), type, QString(), false};
    if (!sku.isEmpty() || !item.name.isEmpty())
        t.detail = e.locationId.isNull() ? w.item : tr("%1 at %2").arg(w.item, w.at);
    return t;
}

bool ActivityWording::isAutomatic(const StreamEvent &e)
{
    return e.eventType == QLatin1String("inventory.batch.expiring_soon") ||
           e.eventType == QLatin1String("inventory.batch.expired") ||
           (e.eventType == QLatin1String("inventory.stock.released") &&
            e.text(QStringLiteral("reason")) == QLatin1String("expired")) ||
           (e.eventType == QLatin1String("catalog.price.updated") &&
            (e.text(QStringLiteral("change")) == QLatin1String("took_effect") ||
             e.text(QStringLiteral("change")) == QLatin1String("ran_out")));
}

QList<QPair<QString, QString>> ActivityWording::kinds()
{
    return {{QString(), tr("All activity")},
            {QStringLiteral("stock"), tr("Stock movements")},
            {QStringLiteral("reservation"), tr("Reservations and sales")},
            {QStringLiteral("transfer"), tr("Transfers")},
            {QStringLiteral("alert"), tr("Alerts")},
            {QStringLiteral("orderability"), tr("Orderability")},
            {QStringLiteral("catalog"), tr("Catalog changes")}};
}

} // namespace stockroom
