#include "import/catalogrowcheck.h"

#include "catalog/gtin.h"
#include "types/money.h"
#include "types/quantity.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stockroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogImport", text);
}

// Staging columns (catalog.import_prepare in 0021_catalog_import.sql), by position: the line,
// whether the row could be read, the canonical columns in their order, whether it gives a price.
constexpr int Line = 0;
constexpr int ShapeOk = 1;
constexpr int HasPrice = CatalogColumnCount + 2;
constexpr int StagedCount = CatalogColumnCount + 3;
constexpr int at(CatalogColumn c)
{
    return static_cast<int>(c) + 2;
}

// The database's limits (0003_catalog.sql).
constexpr int MaxSku = 100;
constexpr int MaxName = 300;
constexpr int MaxExternalId = 200;
constexpr int MaxCategoryName = 120;

QString col(CatalogColumn c)
{
    return catalogcolumns::name(c);
}

} // namespace

CatalogRowCheck::CatalogRowCheck(const ColumnMapping &mapping)
    : m_mapping(mapping)
{}

QStringList CatalogRowCheck::stagingColumns()
{
    return QStringList{QStringLiteral("line"), QStringLiteral("shape_ok")} +
           catalogcolumns::names() + QStringList{QStringLiteral("has_price")};
}

void CatalogRowCheck::repeat(QHash<QString, Seen> &seen, const QString &key, qint64 line,
                             const QString &column, const QString &code, const QString &what,
                             QList<ImportIssue> *issues)
{
    const auto it = seen.find(key);
    if (it == seen.end()) {
        seen.insert(key, Seen{line, false});
        return;
    }
    const QString reason = tr("%1 is also on line %2: a file names each once.");
    issues->append({line, column, key, reason.arg(what).arg(it->firstLine), code});
    if (!it->reported) {
        it->reported = true;
        issues->append({it->firstLine, column, key, reason.arg(what).arg(line), code});
    }
}

QList<SqlParam> CatalogRowCheck::check(const CsvReader::Record &record, QList<ImportIssue> *issues)
{
    const qint64 line = record.line;
    QList<SqlParam> out(StagedCount);
    out[Line] = QString::number(line);
    out[ShapeOk] = QStringLiteral("f");
    out[HasPrice] = QStringLiteral("f");
    const auto issue = [&](CatalogColumn column, const QString &value, const QString &reason,
                           const char *code) {
        issues->append({line, col(column), value, reason, QString::fromLatin1(code)});
    };

    if (!record.problem.isEmpty()) {
        issues->append({line, QString(), record.fields.join(u',').left(120), record.problem,
                        QStringLiteral("malformed_row")});
        return out;
    }
    const qsizetype expected = m_mapping.headers().size();
    if (record.fields.size() != expected) {
        issues->append(
            {line, QString(), tr("%1 fields").arg(record.fields.size()),
             tr("This line has %1 fields where the header has %2: a value with a comma in it "
                "must be in quotes.")
                 .arg(record.fields.size())
                 .arg(expected),
             QStringLiteral("column_count")});
        return out;
    }
    out[ShapeOk] = QStringLiteral("t");

    // nullopt: the file has no such column.
    const auto cell = [&](CatalogColumn c) -> std::optional<QString> {
        const int at = m_mapping.fileColumn(c);
        if (at < 0)
            return std::nullopt;
        return record.fields.at(at).trimmed();
    };
    const auto fits = [&](CatalogColumn c, const QString &value, int limit) {
        if (value.size() <= limit)
            return true;
        issue(c, value.left(80) + QStringLiteral("…"),
              tr("%1 is %2 characters long; at most %3 fit.")
                  .arg(catalogcolumns::label(c))
                  .arg(value.size())
                  .arg(limit),
              "too_long");
        return false;
    };

    if (const auto id = cell(CatalogColumn::ExternalId); id && !id->isEmpty()) {
        if (fits(CatalogColumn::ExternalId, *id, MaxExternalId)) {
            out[at(CatalogColumn::ExternalId)] = *id;
            repeat(m_externalIds, *id, line, col(CatalogColumn::ExternalId),
                   QStringLiteral("duplicate_external_id"), tr("External id %1").arg(*id), issues);
        }
    }

    const QString sku = cell(CatalogColumn::Sku).value_or(QString());
    static const QRegularExpression skuRule(QStringLiteral("^[A-Z0-9][A-Z0-9._/-]*$"));
    if (sku.isEmpty()) {
        issue(CatalogColumn::Sku, sku, tr("The SKU is missing; every row needs one."),
              "missing_field");
    } else if (fits(CatalogColumn::Sku, sku, MaxSku)) {
        if (!skuRule.match(sku).hasMatch()) {
            issue(CatalogColumn::Sku, sku,
                  skuRule.match(sku.toUpper()).hasMatch()
                      ? tr("SKU %1 has lower-case letters: SKUs are written in capitals (%2).")
                            .arg(sku, sku.toUpper())
                      : tr("SKU %1 has characters a SKU cannot have: use capital letters, digits "
                           "and . _ / -, starting with a letter or digit.")
                            .arg(sku),
                  "bad_sku");
        } else {
            out[at(CatalogColumn::Sku)] = sku;
        }
        repeat(m_skus, sku, line, col(CatalogColumn::Sku), QStringLiteral("duplicate_sku"),
               tr("SKU %1").arg(sku), issues);
    }

    // Names: a row needs the product name or the variant name; a new item takes the one for the
    // other (the merge does that, as it keeps an item's value for every empty cell).
    const auto product = cell(CatalogColumn::ProductName);
    const auto variant = cell(CatalogColumn::VariantName);
    const bool hasProduct = product && !product->isEmpty();
    const bool hasVariant = variant && !variant->isEmpty();
    if (!hasProduct && !hasVariant)
        issue(product ? CatalogColumn::ProductName : CatalogColumn::VariantName, QString(),
              tr("The name is missing: give the product name (or the variant name)."),
              "missing_field");
    if (hasProduct && fits(CatalogColumn::ProductName, *product, MaxName))
        out[at(CatalogColumn::ProductName)] = *product;
    if (hasVariant && fits(CatalogColumn::VariantName, *variant, MaxName))
        out[at(CatalogColumn::VariantName)] = *variant;

    if (const auto path = cell(CatalogColumn::CategoryPath); path && !path->isEmpty()) {
        QStringList levels = path->split(u'/');
        bool ok = true;
        for (QString &level : levels) {
            level = level.trimmed();
            if (level.isEmpty()) {
                issue(CatalogColumn::CategoryPath, *path,
                      tr("The category path %1 has an empty level: name every level, separated "
                         "by / (such as Dairy/Butter).")
                          .arg(*path),
                      "bad_category");
                ok = false;
                break;
            }
            ok = ok && fits(CatalogColumn::CategoryPath, level, MaxCategoryName);
        }
        if (ok)
            out[at(CatalogColumn::CategoryPath)] = levels.join(u'/');
    }

    if (const auto codes = cell(CatalogColumn::Barcodes)) {
        QStringList valid;
        for (const QString &token : codes->split(u';')) {
            const QString code = token.trimmed();
            if (code.isEmpty())
                continue;
            const Gtin gtin = Gtin::check(code);
            if (!gtin.isValid()) {
                QString reason = gtin.message();
                if (code.contains(u'E', Qt::CaseInsensitive) && code.contains(u'+'))
                    reason += u' ' + tr("A spreadsheet turned it into a number: format the column "
                                        "as text and enter the barcode again.");
                issue(CatalogColumn::Barcodes, code, reason, "bad_barcode");
            } else if (valid.contains(gtin.code)) {
                issue(CatalogColumn::Barcodes, gtin.code,
                      tr("Barcode %1 is listed twice on this line.").arg(gtin.code),
                      "duplicate_barcode");
            } else {
                valid << gtin.code;
                repeat(m_barcodes, gtin.code, line, col(CatalogColumn::Barcodes),
                       QStringLiteral("duplicate_barcode"), tr("Barcode %1").arg(gtin.code),
                       issues);
            }
        }
        if (!valid.isEmpty())
            out[at(CatalogColumn::Barcodes)] = u'{' + valid.join(u',') + u'}';
    }

    if (const auto size = cell(CatalogColumn::PackSize); size && !size->isEmpty()) {
        const auto q = Quantity::parse(*size);
        if (!q || q->isNegative() || q->isZero())
            issue(CatalogColumn::PackSize, *size,
                  tr("Pack size %1 is not a number above zero (such as 500 or 1.5).").arg(*size),
                  "bad_number");
        else
            out[at(CatalogColumn::PackSize)] = q->toSqlString();
    }
    if (const auto uom = cell(CatalogColumn::Uom); uom && !uom->isEmpty()) {
        static const QRegularExpression uomRule(QStringLiteral("^[a-z][a-z0-9]{0,9}$"));
        const QString code = uom->toLower();
        if (!uomRule.match(code).hasMatch())
            issue(CatalogColumn::Uom, *uom,
                  tr("%1 is not a unit: use a unit code such as pc, g, kg, ml or l.").arg(*uom),
                  "unknown_uom");
        else
            out[at(CatalogColumn::Uom)] = code;
    }

    // Prices: all three empty leaves the price as it is; an empty MRP or tax rate beside a
    // selling price keeps the one in effect (a new item: no MRP, tax 0).
    const auto mrpText = cell(CatalogColumn::Mrp).value_or(QString());
    const auto baseText = cell(CatalogColumn::BasePrice).value_or(QString());
    const auto taxText = cell(CatalogColumn::TaxRate).value_or(QString());
    if (mrpText.isEmpty() && baseText.isEmpty() && taxText.isEmpty())
        return out;
    out[HasPrice] = QStringLiteral("t");
    std::optional<Money> mrp;
    std::optional<Money> base;
    if (!mrpText.isEmpty()) {
        mrp = Money::parseHuman(mrpText);
        if (!mrp || mrp->isNegative() || mrp->isZero()) {
            issue(CatalogColumn::Mrp, mrpText,
                  tr("MRP %1 is not an amount above zero (such as 120 or 120.50).").arg(mrpText),
                  "bad_number");
            mrp.reset();
        } else {
            out[at(CatalogColumn::Mrp)] = mrp->toSqlString();
        }
    }
    if (baseText.isEmpty()) {
        issue(CatalogColumn::BasePrice, baseText,
              tr("The selling price is missing: a row with an MRP or a tax rate needs one."),
              "missing_field");
    } else {
        base = Money::parseHuman(baseText);
        if (!base || base->isNegative()) {
            issue(CatalogColumn::BasePrice, baseText,
                  tr("Selling price %1 is not an amount (such as 99 or 99.50).").arg(baseText),
                  "bad_number");
            base.reset();
        } else if (mrp && *base > *mrp) {
            issue(CatalogColumn::BasePrice, baseText,
                  tr("The selling price %1 is above the MRP %2: selling above the printed MRP is "
                     "not allowed.")
                      .arg(base->toDisplayString(), mrp->toDisplayString()),
                  "price_above_mrp");
        } else {
            out[at(CatalogColumn::BasePrice)] = base->toSqlString();
        }
    }
    if (!taxText.isEmpty()) {
        QString percent = taxText;
        if (percent.endsWith(u'%'))
            percent = percent.chopped(1).trimmed();
        const auto rate = Money::parse(percent);
        if (!rate || rate->isNegative() || *rate > Money::fromMinorUnits(100'00))
            issue(
                CatalogColumn::TaxRate, taxText,
                tr("Tax rate %1 is not a percentage from 0 to 100 (such as 5 or 18).").arg(taxText),
                "bad_number");
        else
            out[at(CatalogColumn::TaxRate)] = rate->toSqlString();
    }
    return out;
}

} // namespace stockroom
