#pragma once

#include "catalog/catalogcommands.h"
#include "catalog/catalogtypes.h"
#include "editorrowsmodel.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QUuid>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace stockroom {

class DbExecutor;
struct CatalogOutcome;
struct StreamEvent;

/**
 * The variant editor: a variant and its product in one form, or a new product with its first
 * variant, or a new variant of a product. The form edits a VariantDocument; fields are named as
 * the database names them ("sku", "pack_size", "product.hsn_code"), and so are their problems:
 * the same rules as the database, checked as people type (a barcode's check digit at once, other
 * fields once left) and all of them on Save, and a refusal of the database shown at the field it
 * names. A save sends only what changed, with the version the editor opened (optimistic
 * locking); when someone saved first, the conflict panel compares their saved values with the
 * unsaved edits, and the person chooses to reload theirs or to keep editing on top of theirs.
 * Nothing is ever overwritten silently.
 */
class CatalogEditorController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    /** "" (closed), "edit", "newProduct" or "newVariant". */
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(bool open READ isOpen NOTIFY modeChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY canEditChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString title READ title NOTIFY baseChanged)
    Q_PROPERTY(QString versionText READ versionText NOTIFY baseChanged)
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(bool dirty READ isDirty NOTIFY valuesChanged)
    Q_PROPERTY(stockroom::EditorRowsModel *barcodes READ barcodes CONSTANT)
    Q_PROPERTY(stockroom::EditorRowsModel *uoms READ uoms CONSTANT)
    Q_PROPERTY(stockroom::EditorRowsModel *attributes READ attributes CONSTANT)
    Q_PROPERTY(stockroom::EditorRowsModel *productAttributes READ productAttributes CONSTANT)
    Q_PROPERTY(QVariantList units READ units NOTIFY choicesChanged)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY choicesChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY messagesChanged)
    Q_PROPERTY(QString newBarcodeError READ newBarcodeError NOTIFY messagesChanged)
    Q_PROPERTY(QString commandHeadline READ commandHeadline NOTIFY messagesChanged)
    Q_PROPERTY(QString commandError READ commandError NOTIFY messagesChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messagesChanged)
    Q_PROPERTY(bool conflict READ hasConflict NOTIFY conflictChanged)
    Q_PROPERTY(QString conflictText READ conflictText NOTIFY conflictChanged)
    Q_PROPERTY(QVariantList conflictRows READ conflictRows NOTIFY conflictChanged)
    Q_PROPERTY(bool changedUnderneath READ changedUnderneath NOTIFY underneathChanged)
    Q_PROPERTY(QString underneathText READ underneathText NOTIFY underneathChanged)

public:
    explicit CatalogEditorController(QObject *parent = nullptr);

    /** Where to read and act; @p canEdit when the role may edit the catalog. Closes the editor. */
    void setSource(DbExecutor *executor, const QString &tenantId, bool canEdit);

    [[nodiscard]] const QString &mode() const { return m_mode; }
    [[nodiscard]] bool isOpen() const { return !m_mode.isEmpty(); }
    [[nodiscard]] bool canEdit() const { return m_canEdit; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString versionText() const;
    [[nodiscard]] QVariantMap values() const;
    [[nodiscard]] bool isDirty() const;
    [[nodiscard]] EditorRowsModel *barcodes() { return &m_barcodes; }
    [[nodiscard]] EditorRowsModel *uoms() { return &m_uoms; }
    [[nodiscard]] EditorRowsModel *attributes() { return &m_attributes; }
    [[nodiscard]] EditorRowsModel *productAttributes() { return &m_productAttributes; }
    [[nodiscard]] QVariantList units() const;
    [[nodiscard]] QVariantList categories() const;
    [[nodiscard]] QVariantMap fieldErrors() const;
    [[nodiscard]] const QString &newBarcodeError() const { return m_newBarcodeError; }
    [[nodiscard]] const QString &commandHeadline() const { return m_commandHeadline; }
    [[nodiscard]] const QString &commandError() const { return m_commandError; }
    [[nodiscard]] const QString &notice() const { return m_notice; }
    [[nodiscard]] bool hasConflict() const { return m_conflict; }
    [[nodiscard]] QString conflictText() const;
    [[nodiscard]] const QVariantList &conflictRows() const { return m_conflictRows; }
    [[nodiscard]] bool changedUnderneath() const { return !m_underneathText.isEmpty(); }
    [[nodiscard]] const QString &underneathText() const { return m_underneathText; }
    /** The document being edited, as typed so far. */
    [[nodiscard]] const VariantDocument &draft() const { return m_draft; }

    /** Opens the editor on a variant and its product, as they are now. */
    Q_INVOKABLE void editVariant(const QString &variantId);
    /** Opens an empty form for a new product and its first variant. */
    Q_INVOKABLE void newProduct();
    /** Opens a form for a new variant of the product of @p variantId. */
    Q_INVOKABLE void newVariant(const QString &variantId);
    /** Closes the editor; unsaved edits are dropped (the page asks first when there are). */
    Q_INVOKABLE void cancel();

    /** Sets a field ("sku", "name", "pack_size", "pack_uom", "stock_uom", "is_essential",
     *  "product.name", "product.brand", "product.description", "product.hsn_code",
     *  "product.category_id", "product.is_active"). */
    Q_INVOKABLE void setValue(const QString &field, const QVariant &value);
    /** The person left a field: its problems show from now on. */
    Q_INVOKABLE void touch(const QString &field);

    /** The problem of a barcode being typed, as far as it can be told yet ("" while fine). */
    Q_INVOKABLE void checkNewBarcode(const QString &text);
    /** Adds a barcode (the first one becomes primary); false, with newBarcodeError, if wrong. */
    Q_INVOKABLE bool addBarcode(const QString &text);
    Q_INVOKABLE void removeBarcode(int row);
    Q_INVOKABLE void setPrimaryBarcode(int row);
    Q_INVOKABLE void addUom();
    Q_INVOKABLE void removeUom(int row);
    /** @p field: "uom", "factor", "purchase" or "sales". */
    Q_INVOKABLE void setUom(int row, const QString &field, const QVariant &value);
    Q_INVOKABLE void addAttribute(bool product);
    Q_INVOKABLE void removeAttribute(bool product, int row);
    /** @p field: "key" or "value". */
    Q_INVOKABLE void setAttribute(bool product, int row, const QString &field, const QString &text);

    /**
     * Checks and sends the form. Returns false, with the fields marked, when a rule is broken
     * or a command is running; the outcome arrives through saved() or the messages.
     */
    Q_INVOKABLE bool save();
    /** Conflict: take their version and drop the unsaved edits. */
    Q_INVOKABLE void reloadTheirs();
    /** Conflict: put the unsaved edits on their version, to check and save again. */
    Q_INVOKABLE void keepEditing();
    /** Someone saved meanwhile: compare now, before saving. */
    Q_INVOKABLE void reviewChanges();

    /** A change from the live stream: another desktop saving or deleting the open variant. */
    void liveEvent(const StreamEvent &event);
    /** The category tree changed: an open editor's category picker reads it again. */
    Q_INVOKABLE void reloadCategories();

Q_SIGNALS:
    void modeChanged();
    void canEditChanged();
    void loadingChanged();
    void busyChanged();
    void baseChanged();
    void valuesChanged();
    void choicesChanged();
    void messagesChanged();
    void conflictChanged();
    void underneathChanged();
    /** A save went through: @p variantId was created (@p created) or changed. */
    void saved(const QString &variantId, bool created);

private:
    struct Opened;
    void open(const QString &mode, const QString &variantId);
    void opened(const Opened &result);
    void setDraft(const VariantDocument &draft);
    /** Changes the draft with @p change; a refusal shown at @p field is then out of date. */
    void edit(const std::function<void(VariantDocument &)> &change, const QString &field = {});
    void syncRows();
    void clearMessages();
    void setBusy(bool busy);
    void setLoading(bool loading);
    void finished(const CatalogOutcome &outcome, bool created);
    void showConflict(const CatalogSnapshot &theirs);
    /** Ends a conflict: their version becomes the base, @p draft the form. */
    void settle(const VariantDocument &draft, const QString &notice);
    void loadTheirs();
    /** Reads with @p work for this opening of the editor; @p use gets the answer, unless the
     *  editor was closed or opened again meanwhile. */
    template<typename T>
    void read(std::function<T(QSqlDatabase &)> work, const QString &failure,
              std::function<void(const T &)> use);
    [[nodiscard]] QStringList unitCodes() const;
    [[nodiscard]] QMap<QString, QString> visibleErrors() const;

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    bool m_canEdit = false;
    QString m_mode;
    QString m_variantId; // edit: the variant; newVariant: the one it was opened from
    QString m_productId;
    int m_baseVersion = 0;
    VariantDocument m_base; // as it was opened (or as theirs, once reloaded or kept)
    CatalogVersion m_newest;
    CategoryPaths m_paths;
    VariantDocument m_draft;
    std::optional<CatalogSnapshot> m_theirs;
    QList<UnitInfo> m_units;
    QList<CategoryNode> m_categories;
    EditorRowsModel m_barcodes;
    EditorRowsModel m_uoms;
    EditorRowsModel m_attributes;
    EditorRowsModel m_productAttributes;
    QSet<QString> m_touched;
    bool m_attempted = false;
    QMap<QString, QString> m_serverErrors; // a refusal's message at the field it names
    QString m_newBarcodeError;
    QString m_commandHeadline;
    QString m_commandError;
    QString m_notice;
    bool m_conflict = false;
    QVariantList m_conflictRows;
    QString m_underneathText;
    bool m_deletedUnderneath = false;
    bool m_loading = false;
    bool m_busy = false;
    QUuid m_requestId; // the save action's, until it goes through
    quint64 m_generation = 0;
};

} // namespace stockroom
