#pragma once

#include "catalogmodel.h"
#include "categorymodel.h"
#include "db/connectioninfo.h"
#include "variantdetailcontroller.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QLockFile;

namespace stockroom {

class DbExecutor;
class LocalCluster;

/**
 * Brings the desktop up and keeps it connected: on the embedded default it starts the private
 * cluster, migrates and seeds it on first run (reporting each step), then opens the database
 * thread and hands it to the screens' models. Against a configured server it checks that the
 * database is a Stockroom database of this version. All slow work runs off the GUI thread.
 */
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(double progress READ progress NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(bool connected READ isConnected NOTIFY connectionChanged)
    Q_PROPERTY(QString connectionText READ connectionText NOTIFY connectionChanged)
    Q_PROPERTY(QString tenantName READ tenantName NOTIFY stateChanged)
    Q_PROPERTY(QString serverDescription READ serverDescription NOTIFY stateChanged)
    Q_PROPERTY(stockroom::CatalogModel *catalog READ catalog CONSTANT)
    Q_PROPERTY(stockroom::CategoryModel *categories READ categories CONSTANT)
    Q_PROPERTY(stockroom::VariantDetailController *variantDetail READ variantDetail CONSTANT)

public:
    enum class State { Starting, Ready, Failed };
    Q_ENUM(State)

    struct Plan
    {
        bool embedded = true;
        ConnectionInfo server;  // when not embedded
        QString clusterRoot;    // embedded: where the cluster lives
        bool resetDemo = false; // embedded: wipe and recreate first
        int demoVariants = 5000;
        QString tenant; // optional tenant name to open; default the first
    };

    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    /** Starts bringing the app up according to @p plan; progress arrives through the properties. */
    void start(const Plan &plan);
    /** Closes the database thread and stops the embedded cluster, if we run one. Blocks briefly. */
    void shutdown();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString &statusText() const { return m_statusText; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] const QString &connectionText() const { return m_connectionText; }
    [[nodiscard]] const QString &tenantName() const { return m_tenantName; }
    [[nodiscard]] const QString &serverDescription() const { return m_serverDescription; }
    [[nodiscard]] CatalogModel *catalog() const { return m_catalog; }
    [[nodiscard]] CategoryModel *categories() const { return m_categories; }
    [[nodiscard]] VariantDetailController *variantDetail() const { return m_variantDetail; }

Q_SIGNALS:
    void stateChanged();
    void statusChanged();
    void connectionChanged();

private:
    void prepareInBackground(const Plan &plan);
    void openDatabase(const ConnectionInfo &info);
    void setStatus(const QString &text, double progress);
    void fail(const QString &message);
    void setConnection(bool connected, const QString &text);

    State m_state = State::Starting;
    QString m_statusText;
    double m_progress = -1;
    QString m_errorText;
    bool m_connected = false;
    QString m_connectionText;
    QString m_tenantName;
    QString m_serverDescription;
    QString m_wantedTenant;

    std::unique_ptr<LocalCluster> m_cluster;
    std::unique_ptr<QLockFile> m_clusterLock;
    std::unique_ptr<DbExecutor> m_executor;
    class QThread *m_startupThread = nullptr;
    CatalogModel *m_catalog;
    CategoryModel *m_categories;
    VariantDetailController *m_variantDetail;
};

} // namespace stockroom
