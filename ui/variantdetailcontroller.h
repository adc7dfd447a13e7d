#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;
struct StreamEvent;

/**
 * Loads everything about the selected variant for the read-only detail panel. The detail is a
 * plain map of display-ready values (strings and lists of maps), so QML only lays it out.
 */
class VariantDetailController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString variantId READ variantId WRITE setVariantId NOTIFY variantIdChanged)
    /** The price shown is the one in effect here (empty: every location's price). */
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY locationIdChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY detailChanged)

public:
    explicit VariantDetailController(QObject *parent = nullptr);
    void setSource(DbExecutor *executor, const QString &tenantId);

    [[nodiscard]] const QString &variantId() const { return m_variantId; }
    void setVariantId(const QString &id);
    [[nodiscard]] const QString &locationId() const { return m_locationId; }
    void setLocationId(const QString &id);
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] const QVariantMap &detail() const { return m_detail; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }

    /** Reads the shown variant again (after an edit, or when it changed elsewhere). */
    Q_INVOKABLE void reload();
    /** A change from the live stream: the shown variant saved or deleted elsewhere. */
    void liveEvent(const StreamEvent &event);

Q_SIGNALS:
    void variantIdChanged();
    void locationIdChanged();
    void loadingChanged();
    void detailChanged();

private:
    void load();

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    QString m_variantId;
    QString m_locationId;
    QVariantMap m_detail;
    QString m_errorText;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace stockroom
