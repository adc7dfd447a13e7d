import QtQuick
import Stockroom.Screens
import QtQuick.Controls
import QtQuick.Layouts
import Stockroom.Ui

// The signed-in window: the navigation rail with who is signed in, the open screen, and the
// alert notifications from the live stream over it.
Item {
    id: shell
    required property AppController app

    // Every screen, in rail order. The rail shows those whose area the signed-in role may use
    // (core/access/areas.cpp); adding a screen is one more NavScreen here.
    property list<NavScreen> screens: [
        NavScreen {
            area: "catalog"
            title: qsTr("Catalog")
            glyph: "▦"
            page: Component {
                CatalogPage {
                    catalog: shell.app.catalog
                    categories: shell.app.categories
                    detail: shell.app.variantDetail
                    locations: shell.app.locations
                    importer: shell.app.catalogImport
                    editor: shell.app.catalogEditor
                    actions: shell.app.catalogActions
                    categoryTree: shell.app.categoryTree
                    connected: shell.app.connected
                    connectionText: shell.app.connectionText
                }
            }
        },
        NavScreen {
            area: "prices"
            title: qsTr("Prices")
            glyph: "₹"
            page: Component {
                PricesPage {
                    controller: shell.app.prices
                    categories: shell.app.categories
                    connected: shell.app.connected
                    connectionText: shell.app.connectionText
                }
            }
        },
        NavScreen {
            area: "store"
            title: qsTr("Store view")
            glyph: "⌂"
            page: Component {
                StorePage {
                    store: shell.app.storeCatalog
                    locations: shell.app.locations
                    connected: shell.app.connected
                    connectionText: shell.app.connectionText
                }
            }
        },
        NavScreen {
            area: "stock"
            title: qsTr("Stock")
            glyph: "▤"
            page: Component {
                StockPage {
                    controller: shell.app.stock
                    locations: shell.app.locations
                    categories: shell.app.categories
                    connected: shell.app.connected
                    connectionText: shell.app.connectionText
                }
            }
        },
        NavScreen {
            area: "reservations"
            title: qsTr("Reservations")
            glyph: "◷"
            page: Component {
                ReservationsPage {
                    controller: shell.app.reservations
                    connected: shell.app.connected
                    connectionText: shell.app.connectionText
                }
            }
        },
        NavScreen {
            area: "activity"
            title: qsTr("Activity")
            glyph: "≋"
            page: Component {
                ActivityPage {
                    live: shell.app.live
                    locations: shell.app.locations
                    connected: shell.app.connected
                    connectionText: shell.app.connectionText
                    onOpenPosition: (variantId, locationId, sku) => shell.openStockPosition(variantId, locationId, sku)
                }
            }
        },
        NavScreen {
            area: "sources"
            title: qsTr("Sources")
            glyph: "⇄"
            page: Component {
                SourcesPage {
                    controller: shell.app.sources
                    connected: shell.app.connected
                    connectionText: shell.app.connectionText
                }
            }
        },
        NavScreen {
            area: "staff"
            title: qsTr("Staff")
            glyph: "☺"
            page: Component {
                StaffPage {
                    controller: shell.app.staff
                    connected: shell.app.connected
                    connectionText: shell.app.connectionText
                }
            }
        }
    ]

    readonly property var allowedScreens: {
        const allowed = []
        for (let i = 0; i < screens.length; ++i) {
            if (app.areas.indexOf(screens[i].area) >= 0)
                allowed.push(screens[i])
        }
        return allowed
    }
    // Besides the areas, "categories": the catalog with its category tree open.
    property string startArea: ""
    property string currentArea: {
        const start = startArea === "categories" ? "catalog" : startArea
        for (let i = 0; i < allowedScreens.length; ++i) {
            if (allowedScreens[i].area === start)
                return start
        }
        return allowedScreens.length > 0 ? allowedScreens[0].area : ""
    }
    readonly property NavScreen currentScreen: {
        for (let i = 0; i < allowedScreens.length; ++i) {
            if (allowedScreens[i].area === currentArea)
                return allowedScreens[i]
        }
        return null
    }

    // A notification or an Activity line leads to another screen and something on it (a stock
    // position, selected; the alerts of the feed): done once that screen is loaded.
    property var pending: null // { area, run(page) }
    function openOn(area, run) {
        pending = { area: area, run: run }
        currentArea = area
        runPending()
    }
    function runPending() {
        if (pending === null || currentArea !== pending.area || !screenLoader.item)
            return
        const p = pending
        pending = null
        p.run(screenLoader.item)
    }
    function openStockPosition(variantId, locationId, sku) {
        openOn("stock", page => page.focusPosition(variantId, locationId, sku))
    }
    function openActivityAlerts() {
        openOn("activity", page => page.showAlerts())
    }
    Component.onCompleted: if (startArea === "categories" && currentArea === "catalog") openOn("catalog", page => page.openCategories())

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            Layout.fillHeight: true
            Layout.preferredWidth: 220
            app: shell.app
            screens: shell.allowedScreens
            currentArea: shell.currentArea
            onOpened: area => shell.currentArea = area
        }

        Loader {
            id: screenLoader
            objectName: "screenLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: shell.currentScreen ? shell.currentScreen.page : null
            onLoaded: shell.runPending()
        }
    }

    ToastStack {
        objectName: "toastStack"
        toasts: shell.app.live.toasts
        anchors { right: parent.right; bottom: parent.bottom; margins: 18 }
        onOpened: (variantId, locationId, sku) => shell.openStockPosition(variantId, locationId, sku)
        onSummaryOpened: shell.openActivityAlerts()
    }
}
