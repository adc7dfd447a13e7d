#pragma once

#include "access/identity.h"
#include "catalogactionscontroller.h"
#include "catalogeditorcontroller.h"
#include "catalogimportcontroller.h"
#include "catalogmodel.h"
#include "categorymodel.h"
#include "categorytreecontroller.h"
#include "db/connectioninfo.h"
#include "livecontroller.h"
#include "locationmodel.h"
#include "pricecontroller.h"
#include "reservationcontroller.h"
#include "signincontroller.h"
#include "sourcescontroller.h"
#include "staffcontroller.h"
#include "stockcontroller.h"
#include "storecatalogmodel.h"
#include "variantdetailcontroller.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QLockFile;
class QSettings;

namespace stockroom {

class DbExecutor;
class LocalCluster;
class StockroomdProcess;
class StreamClient;
class PasswordVault;
struct StreamEvent;

/**
 * Brings the desktop up and keeps the signed-in session: on the embedded default it starts the
 * private cluster, migrates and seeds it on first run as the superuser (reporting each step),
 * then signs in as the default demo staff account over loopback TCP like any other client.
 * It also runs `stockroomd jobs` and `stockroomd serve` (the live stream, on a free loopback
 * port) against the embedded cluster, and stops them and the cluster on quit. Against a server
 * it shows the sign-in screen. A session is one staff login: its database thread, its identity
 * (api.me()), its live stream (a StreamClient on the server's stream URL, tickets from its own
 * session) and the screens fed from them; switching user (demo only) or signing out replaces
 * them all. All slow work runs off the GUI thread.
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
    Q_PROPERTY(QString serverDescription READ serverDescription NOTIFY identityChanged)
    Q_PROPERTY(stockroom::SignInController *signIn READ signIn CONSTANT)
    // Who is signed in, and where.
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY identityChanged)
    Q_PROPERTY(QString login READ login NOTIFY identityChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY identityChanged)
    Q_PROPERTY(QString roleKind READ roleKind NOTIFY identityChanged)
    Q_PROPERTY(QString roleTitle READ roleTitle NOTIFY identityChanged)
    Q_PROPERTY(QString whereText READ whereText NOTIFY identityChanged)
    Q_PROPERTY(QString tenantName READ tenantName NOTIFY identityChanged)
    Q_PROPERTY(QStringList areas READ areas NOTIFY identityChanged)
    Q_PROPERTY(bool canSwitchUser READ canSwitchUser NOTIFY identityChanged)
    Q_PROPERTY(QVariantList demoAccounts READ demoAccounts CONSTANT)
    // The screens' models.
    Q_PROPERTY(stockroom::CatalogModel *catalog READ catalog CONSTANT)
    Q_PROPERTY(stockroom::CategoryModel *categories READ categories CONSTANT)
    Q_PROPERTY(stockroom::CategoryTreeController *categoryTree READ categoryTree CONSTANT)
    Q_PROPERTY(stockroom::LocationModel *locations READ locations CONSTANT)
    Q_PROPERTY(stockroom::VariantDetailController *variantDetail READ variantDetail CONSTANT)
    Q_PROPERTY(stockroom::CatalogEditorController *catalogEditor READ catalogEditor CONSTANT)
    Q_PROPERTY(stockroom::CatalogActionsController *catalogActions READ catalogActions CONSTANT)
    Q_PROPERTY(stockroom::StaffController *staff READ staff CONSTANT)
    Q_PROPERTY(stockroom::StockController *stock READ stock CONSTANT)
    Q_PROPERTY(stockroom::ReservationController *reservations READ reservations CONSTANT)
    Q_PROPERTY(stockroom::StoreCatalogModel *storeCatalog READ storeCatalog CONSTANT)
    Q_PROPERTY(stockroom::LiveController *live READ live CONSTANT)
    Q_PROPERTY(stockroom::PriceController *prices READ prices CONSTANT)
    Q_PROPERTY(stockroom::SourcesController *sources READ sources CONSTANT)
    Q_PROPERTY(stockroom::CatalogImportController *catalogImport READ catalogImport CONSTANT)

public:
    enum class State { Starting, SignIn, Ready, Failed };
    Q_ENUM(State)

    struct Plan
    {
        bool embedded = true;   // false: show the sign-in screen for the selected server
        QString clusterRoot;    // embedded: where the cluster lives
        bool resetDemo = false; // embedded: wipe and recreate first
        int demoVariants = 5000;
        bool durable = true; // embedded: fsync on (tests may turn it off)
        QString demoLogin;   // embedded: the demo account to sign in as (default: the manager)
    };

    /** @p settings keeps server profiles; @p vault the remembered passwords. Both outlive this. */
    AppController(QSettings &settings, PasswordVault &vault, QObject *parent = nullptr);
    ~AppController() override;

    /** Starts bringing the app up according to @p plan; progress arrives through the properties. */
    void start(const Plan &plan);
    /** Closes the database thread and stops the embedded cluster, if we run one. Blocks briefly. */
    void shutdown();

    /** Embedded demo only: signs in as the demo account @p login instead of the current one. */
    Q_INVOKABLE void switchUser(const QString &login);
    /** Ends the session (closes its connection, clears the screens) and shows the sign-in screen.
     */
    Q_INVOKABLE void signOut();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString &statusText() const { return m_statusText; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] const QString &connectionText() const { return m_connectionText; }
    [[nodiscard]] const QString &serverDescription() const { return m_serverDescription; }
    [[nodiscard]] SignInController *signIn() const { return m_signIn; }

    [[nodiscard]] bool isSignedIn() const { return m_identity.has_value(); }
    /** The signed-in person; only meaningful while isSignedIn(). */
    [[nodiscard]] const Identity &identity() const;
    [[nodiscard]] QString login() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString roleKind() const;
    [[nodiscard]] QString roleTitle() const;
    [[nodiscard]] QString whereText() const;
    [[nodiscard]] QString tenantName() const;
    [[nodiscard]] QString tenantId() const;
    /** The areas of the app this role may use ("catalog", "staff"…), for the navigation. */
    [[nodiscard]] QStringList areas() const;
    /** Signed in to the embedded demo, whose accounts Switch user offers. */
    [[nodiscard]] bool canSwitchUser() const;
    /** The demo accounts (login, password, displayName, roleTitle) for Switch user and the
     * sign-in screen of the embedded demo. */
    [[nodiscard]] QVariantList demoAccounts() const;
    /** The signed-in session's database thread; nullptr when signed out. */
    [[nodiscard]] DbExecutor *executor() const { return m_executor.get(); }

    [[nodiscard]] CatalogModel *catalog() const { return m_catalog; }
    [[nodiscard]] CategoryModel *categories() const { return m_categories; }
    [[nodiscard]] CategoryTreeController *categoryTree() const { return m_categoryTree; }
    [[nodiscard]] LocationModel *locations() const { return m_locations; }
    [[nodiscard]] VariantDetailController *variantDetail() const { return m_variantDetail; }
    [[nodiscard]] CatalogEditorController *catalogEditor() const { return m_catalogEditor; }
    [[nodiscard]] CatalogActionsController *catalogActions() const { return m_catalogActions; }
    [[nodiscard]] StaffController *staff() const { return m_staff; }
    [[nodiscard]] StockController *stock() const { return m_stock; }
    [[nodiscard]] ReservationController *reservations() const { return m_reservations; }
    [[nodiscard]] StoreCatalogModel *storeCatalog() const { return m_storeCatalog; }
    [[nodiscard]] LiveController *live() const { return m_live; }
    [[nodiscard]] PriceController *prices() const { return m_prices; }
    [[nodiscard]] SourcesController *sources() const { return m_sources; }
    [[nodiscard]] CatalogImportController *catalogImport() const { return m_catalogImport; }
    /** The signed-in session's live stream; nullptr when signed out. */
    [[nodiscard]] StreamClient *stream() const { return m_stream.get(); }

Q_SIGNALS:
    void stateChanged();
    void statusChanged();
    void connectionChanged();
    /** Signed in, switched user or signed out. */
    void identityChanged();

private:
    void prepareInBackground(const Plan &plan);
    void startJobs(const ConnectionInfo &superuser);
    void embeddedReady(quint16 port, const ConnectionInfo &info, const SignInResult &result);
    void startSession(const ConnectionInfo &info, const Identity &identity,
                      const QUrl &streamUrl = {});
    void startStream(const QUrl &url);
    void embeddedStreamListening(quint16 port);
    void endSession();
    void attachScreens();
    void catalogLiveEvent(const StreamEvent &event);
    /** The category tree changed: what shows categories shows the new state. */
    void categoriesChanged();
    void setState(State state);
    void setStatus(const QString &text, double progress);
    void fail(const QString &message);
    void setConnection(bool connected, const QString &text);

    SignInController *m_signIn;
    State m_state = State::Starting;
    QString m_statusText;
    double m_progress = -1;
    QString m_errorText;
    bool m_connected = false;
    QString m_connectionText;
    QString m_serverDescription;

    std::optional<Identity> m_identity;
    bool m_onEmbeddedDemo = false;   // the session is on the embedded demo: Switch user applies
    ConnectionInfo m_embeddedServer; // the demo cluster over loopback TCP, without a login
    std::unique_ptr<LocalCluster> m_cluster;
    std::unique_ptr<QLockFile> m_clusterLock;
    std::unique_ptr<StockroomdProcess> m_jobs;  // background jobs on the embedded cluster
    std::unique_ptr<StockroomdProcess> m_serve; // the live stream of the embedded cluster
    QUrl m_embeddedStreamUrl;                   // once it listens
    std::unique_ptr<StreamClient> m_stream;     // the session's
    std::unique_ptr<DbExecutor> m_executor;
    class QThread *m_startupThread = nullptr;
    CatalogModel *m_catalog;
    CategoryModel *m_categories;
    CategoryTreeController *m_categoryTree;
    LocationModel *m_locations;
    VariantDetailController *m_variantDetail;
    CatalogEditorController *m_catalogEditor;
    CatalogActionsController *m_catalogActions;
    StaffController *m_staff;
    StockController *m_stock;
    ReservationController *m_reservations;
    StoreCatalogModel *m_storeCatalog;
    LiveController *m_live;
    PriceController *m_prices;
    SourcesController *m_sources;
    CatalogImportController *m_catalogImport;
    bool m_categoryRefreshPending = false;
    /** How long category events are gathered before the screens read again. */
    static constexpr int CategoryCoalesceMs = 200;
    ConnectionInfo m_sessionInfo; // the signed-in session's, for the import's own connection
};

} // namespace stockroom
