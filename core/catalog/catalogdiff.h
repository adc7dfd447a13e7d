#pragma once

#include "catalog/variantdocument.h"

#include <QList>
#include <QString>

namespace stockroom {

/** A field of a document in words: "Pack" "500 g", "Attribute “fat”" "82%". */
struct DocumentField
{
    QString key; // "pack", "barcodes", "attributes.fat", "product.category_id"…
    QString label;
    QString value; // "—" when empty
};

/** A field that differs between two versions, in words. */
struct FieldChange
{
    QString key;
    QString label;
    QString before;
    QString after;
};

/** A field someone else saved or you changed, since the version you started editing. */
struct FieldComparison
{
    QString key;
    QString label;
    QString base; // as it was when you started
    QString theirs;
    QString mine;
    bool theyChanged = false;
    bool youChanged = false;
    /** Both changed it, to different values: keeping your edits replaces theirs here. */
    [[nodiscard]] bool clash() const { return theyChanged && youChanged && theirs != mine; }
};

/**
 * Field-by-field views of variant documents for people: the history's "what changed in this
 * version", the conflict panel's "their saved values against your unsaved edits", and putting
 * your edits back on top of a newer version. Fields are compared as they read ("500 g"), in a
 * fixed order: SKU, name, pack, units, barcodes, flags, attributes key by key, then the product's
 * fields with the category as its path.
 */
class CatalogDiff
{
public:
    [[nodiscard]] static QList<DocumentField> fields(const VariantDocument &document,
                                                     const CategoryPaths &paths);
    [[nodiscard]] static QList<FieldChange>
    diff(const VariantDocument &before, const VariantDocument &after, const CategoryPaths &paths);
    /** Every field that @p theirs or @p mine changed from @p base. */
    [[nodiscard]] static QList<FieldComparison> compare(const VariantDocument &base,
                                                        const VariantDocument &theirs,
                                                        const VariantDocument &mine,
                                                        const CategoryPaths &paths);
    /**
     * @p theirs with every field you changed from @p base set to your value (attributes key by
     * key): what "Keep editing" puts in the editor. Where both changed a field, yours is kept.
     */
    [[nodiscard]] static VariantDocument
    merge(const VariantDocument &base, const VariantDocument &theirs, const VariantDocument &mine);
    /** A change in one line for a list: "Name, Pack and 2 more". */
    [[nodiscard]] static QString summary(const QList<FieldChange> &changes);
};

} // namespace stockroom
