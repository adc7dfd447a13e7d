#include "catalogeditorcontroller.h"

#include "catalog/catalogdiff.h"
#include "catalog/catalogrepository.h"
#include "catalog/catalogvalidation.h"
#include "catalog/gtin.h"
#include "catalogcommandrunner.h"
#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "displayformat.h"
#include "stream/streamevent.h"

namespace stockroom {

namespace {

const QString Edit = QStringLiteral("edit");
const QString NewProduct = QStringLiteral("newProduct");
const QString NewVariant = QStringLiteral("newVariant");

} // namespace

/** What opening the editor reads: the variant (when there is one) and the choices. */
struct CatalogEditorController::Opened
{
    std::optional<CatalogSnapshot> snapshot;
    QList<UnitInfo> units;
    QList<CategoryNode> categories;
};

CatalogEditorController::CatalogEditorController(QObject *parent)
    : QObject(parent)
    , m_barcodes({QStringLiteral("barcode"), QStringLiteral("type"), QStringLiteral("primary"),
                  QStringLiteral("error")})
    , m_uoms({QStringLiteral("uom"), QStringLiteral("factor"), QStringLiteral("purchase"),
              QStringLiteral("sales"), QStringLiteral("error")})
    , m_attributes({QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("error")})
    , m_productAttributes({QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("error")})
{}

void CatalogEditorController::setSource(DbExecutor *executor, const QString &tenantId, bool canEdit)
{
    m_executor = executor;
    m_tenantId = tenantId;
    if (m_canEdit != canEdit) {
        m_canEdit = canEdit;
        Q_EMIT canEditChanged();
    }
    cancel();
}

QString CatalogEditorController::title() const
{
    if (m_mode == NewProduct)
        return tr("New product");
    if (m_mode == NewVariant)
        return tr("New variant of %1").arg(m_base.productName);
    return m_base.name.isEmpty() ? tr("Edit item") : tr("Edit %1").arg(m_base.name);
}

QString CatalogEditorController::versionText() const
{
    if (m_mode == NewProduct)
        return tr("Creates the product and its first variant.");
    if (m_mode == NewVariant)
        return tr("The new variant shares the product's name, brand, category and HSN code.");
    if (m_mode.isEmpty() || m_loading)
        return {};
    if (m_newest.versionNo == 0)
        return tr("Version %1").arg(m_baseVersion);
    return tr("Version %1 · saved by %2 on %3").arg(m_baseVersion).arg(m_newest.who, m_newest.when);
}

bool CatalogEditorController::isDirty() const
{
    return isOpen() && !m_loading && !m_draft.sameAs(m_base);
}

QVariantList CatalogEditorController::units() const
{
    QVariantList list;
    for (const UnitInfo &u : m_units)
        list.append(
            QVariantMap{{QStringLiteral("code"), u.code},
                        {QStringLiteral("label"), QStringLiteral("%1 — %2").arg(u.code, u.name)}});
    return list;
}

QVariantList CatalogEditorController::categories() const
{
    QVariantList list{QVariantMap{{QStringLiteral("id"), QString()},
                                  {QStringLiteral("label"), tr("No category")}}};
    bool current = m_draft.categoryId.isEmpty();
    for (const CategoryNode &c : m_categories) {
        list.append(QVariantMap{{QStringLiteral("id"), c.id},
                                {QStringLiteral("label"), display::categoryPath(c.path)}});
        current = current || c.id == m_draft.categoryId;
    }
    // The item's own category may be deactivated: it stays choosable for what it is.
    if (!current)
        list.append(QVariantMap{{QStringLiteral("id"), m_draft.categoryId},
                                {QStringLiteral("label"),
                                 tr("%1 (deactivated)")
                                     .arg(display::categoryPath(
                                         m_paths.value(m_draft.categoryId, m_draft.categoryId)))}});
    return list;
}

QString CatalogEditorController::conflictText() const
{
    if (!m_theirs)
        return {};
    const CatalogVersion &n = m_theirs->newest;
    if (n.versionNo == 0)
        return tr("This item changed after you opened version %1; it is now version %2.")
            .arg(m_baseVersion)
            .arg(m_theirs->version);
    return tr("%1 saved version %2 on %3, after you opened version %4.")
        .arg(n.who)
        .arg(m_theirs->version)
        .arg(n.when)
        .arg(m_baseVersion);
}

QStringList CatalogEditorController::unitCodes() const
{
    QStringList codes;
    for (const UnitInfo &u : m_units)
        codes << u.code;
    return codes;
}

void CatalogEditorController::editVariant(const QString &variantId)
{
    open(Edit, variantId);
}

void CatalogEditorController::newProduct()
{
    open(NewProduct, {});
}

void CatalogEditorController::newVariant(const QString &variantId)
{
    open(NewVariant, variantId);
}

void CatalogEditorController::open(const QString &mode, const QString &variantId)
{
    if (!m_executor || !m_canEdit || m_busy)
        return;
    ++m_generation;
    m_mode = mode;
    m_variantId = variantId;
    m_productId.clear();
    m_base = VariantDocument();
    m_baseVersion = 0;
    m_newest = {};
    m_theirs.reset();
    m_conflict = false;
    m_conflictRows.clear();
    m_underneathText.clear();
    m_deletedUnderneath = false;
    m_requestId = QUuid::createUuid();
    m_touched.clear();
    m_attempted = false;
    m_serverErrors.clear();
    clearMessages();
    setDraft(m_base);
    Q_EMIT modeChanged();
    Q_EMIT baseChanged();
    Q_EMIT conflictChanged();
    Q_EMIT underneathChanged();
    read<Opened>(
        [variantId, tenantId = m_tenantId](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            Opened o;
            if (!variantId.isEmpty())
                o.snapshot = catalogcommands::snapshot(db, variantId);
            o.units = catalogcommands::units(db);
            o.categories = CatalogRepository::categories(qdb, tenantId);
            return o;
        },
        tr("Could not open the item"), [this](const Opened &o) { opened(o); });
}

void CatalogEditorController::reloadCategories()
{
    if (!m_executor || !isOpen())
        return;
    // Not through read(): the form stays usable while the picker is read again.
    const quint64 generation = m_generation;
    m_executor->run<QList<CategoryNode>>(
        this,
        [tenantId = m_tenantId](QSqlDatabase &qdb) {
            return CatalogRepository::categories(qdb, tenantId);
        },
        [this, generation](const DbResult<QList<CategoryNode>> &result) {
            if (generation != m_generation || !result.ok())
                return; // closed or opened again meanwhile, or the next opening reads them
            m_categories = *result.value;
            Q_EMIT choicesChanged();
        });
}

template<typename T>
void CatalogEditorController::read(std::function<T(QSqlDatabase &)> work, const QString &failure,
                                   std::function<void(const T &)> use)
{
    const quint64 generation = m_generation;
    setLoading(true);
    m_executor->run<T>(this, std::move(work),
                       [this, generation, failure, use](const DbResult<T> &result) {
                           if (generation != m_generation)
                               return; // the editor was closed or opened on another item
                           setLoading(false);
                           if (!result.ok()) {
                               m_commandHeadline = failure;
                               m_commandError = result.error;
                               Q_EMIT messagesChanged();
                               return;
                           }
                           use(*result.value);
                       });
}

void CatalogEditorController::opened(const Opened &o)
{
    m_units = o.units;
    m_categories = o.categories;
    VariantDocument start;
    if (o.snapshot) {
        m_paths = o.snapshot->categories;
        m_productId = o.snapshot->document.productId;
        if (m_mode == Edit) {
            start = o.snapshot->document;
            m_baseVersion = o.snapshot->version;
            m_newest = o.snapshot->newest;
        } else {
            // A new variant of the product: its product's fields, the units of the one it was
            // opened from, everything else new.
            const VariantDocument &from = o.snapshot->document;
            start.productId = from.productId;
            start.productName = from.productName;
            start.brand = from.brand;
            start.description = from.description;
            start.hsnCode = from.hsnCode;
            start.categoryId = from.categoryId;
            start.productAttributes = from.productAttributes;
            start.productActive = from.productActive;
            start.packUom = from.packUom;
            start.stockUom = from.stockUom;
            start.packSize.clear();
        }
    } else {
        start.packSize.clear();
    }
    m_base = start;
    setDraft(start);
    Q_EMIT choicesChanged();
    Q_EMIT baseChanged();
}

void CatalogEditorController::cancel()
{
    ++m_generation;
    const bool wasOpen = isOpen();
    m_mode.clear();
    m_theirs.reset();
    m_conflict = false;
    m_conflictRows.clear();
    m_underneathText.clear();
    m_touched.clear();
    m_attempted = false;
    m_serverErrors.clear();
    setLoading(false);
    clearMessages();
    if (wasOpen) {
        Q_EMIT modeChanged();
        Q_EMIT conflictChanged();
        Q_EMIT underneathChanged();
    }
}

void CatalogEditorController::setDraft(const VariantDocument &draft)
{
    m_draft = draft;
    syncRows();
    Q_EMIT valuesChanged();
    Q_EMIT messagesChanged();
}

bool CatalogEditorController::save()
{
    if (!isOpen() || m_loading || m_busy || m_conflict || !m_executor)
        return false;
    m_attempted = true;
    m_serverErrors.clear();
    clearMessages();
    if (m_deletedUnderneath) {
        m_commandHeadline = tr("This item no longer exists");
        m_commandError = m_underneathText;
        Q_EMIT messagesChanged();
        return false;
    }
    const QMap<QString, QString> problems = CatalogValidation::check(m_draft, unitCodes());
    syncRows();
    if (!problems.isEmpty()) {
        m_commandHeadline = tr("Check the form");
        m_commandError =
            problems.size() == 1
                ? problems.first()
                : tr("%1 fields need attention; they are marked.").arg(problems.size());
        Q_EMIT messagesChanged();
        return false;
    }
    CatalogWork work;
    bool created = true;
    if (m_mode == NewProduct) {
        work = [doc = m_draft](SqlSession &db, const QUuid &id) {
            return catalogcommands::createProduct(db, id, doc);
        };
    } else if (m_mode == NewVariant) {
        work = [doc = m_draft, product = m_productId](SqlSession &db, const QUuid &id) {
            return catalogcommands::createVariant(db, id, product, doc);
        };
    } else {
        created = false;
        const QJsonObject changes = m_draft.changesFrom(m_base);
        if (changes.isEmpty()) {
            // Nothing to save is nothing to send: no version, no event.
            cancel();
            return true;
        }
        work = [variant = m_variantId, version = m_baseVersion, changes](SqlSession &db,
                                                                         const QUuid &id) {
            return catalogcommands::updateVariant(db, id, variant, version, changes);
        };
    }
    setBusy(true);
    Q_EMIT messagesChanged();
    runCatalogCommand(
        m_executor, this, m_requestId, std::move(work),
        [this, created](const CatalogOutcome &outcome) { finished(outcome, created); });
    return true;
}

void CatalogEditorController::finished(const CatalogOutcome &outcome, bool created)
{
    setBusy(false);
    if (outcome.ok()) {
        const QString variant = outcome.result->variantId;
        m_requestId = QUuid::createUuid();
        cancel();
        Q_EMIT saved(variant, created);
        return;
    }
    if (outcome.is(ApiErrorCode::VersionConflict)) {
        // Their version, to compare with the edits; the request was refused and can be sent again.
        loadTheirs();
        return;
    }
    m_commandHeadline = outcome.headline;
    m_commandError = outcome.text;
    if (!outcome.refusal.field.isEmpty())
        m_serverErrors.insert(outcome.refusal.field, outcome.refusal.error.message);
    syncRows();
    Q_EMIT messagesChanged();
}

void CatalogEditorController::loadTheirs()
{
    if (!m_executor || m_variantId.isEmpty())
        return;
    read<CatalogSnapshot>(
        [variant = m_variantId](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            return catalogcommands::snapshot(db, variant);
        },
        tr("Could not read the newer version"),
        [this](const CatalogSnapshot &theirs) { showConflict(theirs); });
}

void CatalogEditorController::showConflict(const CatalogSnapshot &theirs)
{
    m_theirs = theirs;
    CategoryPaths paths = m_paths;
    paths.insert(theirs.categories);
    QVariantList rows;
    for (const FieldComparison &c : CatalogDiff::compare(m_base, theirs.document, m_draft, paths))
        rows.append(QVariantMap{{QStringLiteral("label"), c.label},
                                {QStringLiteral("theirs"), c.theirs},
                                {QStringLiteral("mine"), c.mine},
                                {QStringLiteral("theyChanged"), c.theyChanged},
                                {QStringLiteral("youChanged"), c.youChanged},
                                {QStringLiteral("clash"), c.clash()}});
    m_conflictRows = rows;
    m_conflict = true;
    m_underneathText.clear();
    m_commandHeadline.clear();
    m_commandError.clear();
    Q_EMIT conflictChanged();
    Q_EMIT underneathChanged();
    Q_EMIT messagesChanged();
}

void CatalogEditorController::reloadTheirs()
{
    if (!m_theirs)
        return;
    m_touched.clear();
    m_attempted = false;
    m_serverErrors.clear();
    settle(m_theirs->document, tr("Their version is loaded; your edits were discarded."));
}

void CatalogEditorController::keepEditing()
{
    if (!m_theirs)
        return;
    settle(CatalogDiff::merge(m_base, m_theirs->document, m_draft),
           tr("Your edits are now on version %1. Check them, then save again.")
               .arg(m_theirs->version));
}

void CatalogEditorController::settle(const VariantDocument &draft, const QString &notice)
{
    // Their version is what the editor now edits, and what the next save is checked against.
    m_base = m_theirs->document;
    m_baseVersion = m_theirs->version;
    m_newest = m_theirs->newest;
    m_paths.insert(m_theirs->categories);
    m_theirs.reset();
    m_conflict = false;
    m_conflictRows.clear();
    clearMessages();
    m_notice = notice;
    setDraft(draft);
    Q_EMIT baseChanged();
    Q_EMIT conflictChanged();
}

void CatalogEditorController::reviewChanges()
{
    if (m_mode == Edit && !m_busy && !m_deletedUnderneath)
        loadTheirs();
}

void CatalogEditorController::liveEvent(const StreamEvent &event)
{
    if (m_mode != Edit || m_busy || m_variantId.isEmpty() ||
        event.variantId.toString(QUuid::WithoutBraces) != m_variantId)
        return;
    if (event.eventType == QLatin1String("catalog.variant.deleted")) {
        m_deletedUnderneath = true;
        m_underneathText = tr(
            "This item was deleted elsewhere while you were editing; it can no longer be saved.");
        Q_EMIT underneathChanged();
        return;
    }
    const auto version = event.number(QStringLiteral("version_no"));
    if (event.eventType != QLatin1String("catalog.variant.upserted") || !version ||
        *version <= m_baseVersion || !m_executor)
        return;
    // Who saved it and when, as the history names them (the event carries only the login).
    const quint64 generation = m_generation;
    m_executor->run<CatalogSnapshot>(
        this,
        [variant = m_variantId](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            return catalogcommands::snapshot(db, variant);
        },
        [this, generation](const DbResult<CatalogSnapshot> &result) {
            if (generation != m_generation || m_conflict || !result.ok() ||
                result.value->version <= m_baseVersion)
                return;
            const CatalogVersion &newest = result.value->newest;
            m_underneathText = tr("%1 saved this item on %2 while you were editing (now version "
                                  "%3). Compare their changes with yours before you save.")
                                   .arg(newest.who, newest.when)
                                   .arg(result.value->version);
            Q_EMIT underneathChanged();
        });
}

void CatalogEditorController::clearMessages()
{
    m_commandHeadline.clear();
    m_commandError.clear();
    m_notice.clear();
    m_newBarcodeError.clear();
    Q_EMIT messagesChanged();
}

void CatalogEditorController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void CatalogEditorController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
    Q_EMIT valuesChanged();
    Q_EMIT baseChanged();
}

} // namespace stockroom
