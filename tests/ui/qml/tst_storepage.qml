import QtQuick
import QtTest
import Stockroom.Screens

Item {
    id: root
    width: 1500
    height: 860

    StorePage {
        id: page
        anchors.fill: parent
        store: storeModel
        locations: locationModel
    }

    TestCase {
        name: "StorePage"
        when: windowShown

        function list() { return child("storeList") }
        function child(name, within) {
            const item = findChild(within || page, name)
            verify(item, "no item named " + name)
            return item
        }
        function shoot(name) {
            if (screenshotDir.length > 0)
                grabImage(root).save(screenshotDir + "/" + name + ".png")
        }
        function typeInto(name, text) {
            const field = child(name)
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function loaded() {
            tryVerify(() => storeModel.loadedOnce && !storeModel.loading, 15000)
        }
        // The row of item n, scrolled into view.
        function rowOf(n) {
            const row = storeModel.indexOf(meanwhile.variantId(n))
            verify(row >= 0, "item " + n + " is not listed")
            list().positionViewAtIndex(row, ListView.Center)
            wait(50)
            const item = list().itemAtIndex(row)
            verify(item)
            return item
        }
        function text(n, name) { return findChild(rowOf(n), name).text }

        function initTestCase() {
            loaded()
        }

        function test_1_rowsShowPriceAndWhatCanBeSold() {
            // A store manager's first shop floor, not the dark store that sorts first.
            compare(storeModel.locationId, meanwhile.locationId("L1"))
            compare(child("storeLocation").currentText, "L1 · Front store")
            tryVerify(() => list().count >= 100, 15000)
            compare(child("storeSummary").text, "100+ items · as customers here see them now")
            compare(text(1, "price"), "₹99.50")
            compare(text(1, "mrp"), "MRP ₹120.00")
            compare(text(1, "priceWhy"), "Price for every location")
            compare(text(1, "available"), "12 pc")
            compare(text(1, "orderabilityBadge"), "Orderable")
            compare(text(10, "available"), "0 pc")
            compare(text(10, "orderabilityBadge"), "Out of stock")
            compare(text(7, "orderabilityBadge"), "Not stocked here")
            compare(text(7, "available"), "–")
            list().positionViewAtBeginning()
            shoot("store")
        }

        function test_2_searchNarrowsTheList() {
            typeInto("storeSearch", "Item 02")
            tryCompare(list(), "count", 10, 15000)
            compare(storeModel.data(storeModel.index(0, 0), Qt.DisplayRole), "Item 020 500 g")
            compare(text(22, "available"), "12 pc")
            typeInto("storeSearch", "zzzz")
            tryCompare(list(), "count", 0, 15000)
            shoot("store-nothing")
            typeInto("storeSearch", "")
            tryVerify(() => list().count >= 100, 15000)
        }

        function test_3_anotherLocationHasItsOwnStock() {
            const box = child("storeLocation")
            box.currentIndex = locationModel.indexOf(meanwhile.locationId("DS1-L"))
            box.activated(box.currentIndex)
            tryCompare(storeModel, "locationId", meanwhile.locationId("DS1-L"))
            loaded()
            compare(text(40, "available"), "3 pc")
            compare(text(40, "orderabilityBadge"), "Orderable")
            compare(text(1, "orderabilityBadge"), "Not stocked here")
            compare(child("storeLocation").currentText, "DS1-L · Dark store floor")
            box.currentIndex = locationModel.indexOf(meanwhile.locationId("L1"))
            box.activated(box.currentIndex)
            tryCompare(storeModel, "locationId", meanwhile.locationId("L1"))
            loaded()
        }

        function test_4_changesElsewhereShowLive() {
            const count = list().count
            compare(text(5, "available"), "12 pc")
            meanwhile.adjust(5, "L1", "-12")          // a colleague writes the lot off
            tryCompare(rowOf(5), "available", "0 pc", 10000)
            compare(text(5, "orderabilityBadge"), "Out of stock")
            verify(rowOf(5).flashUntil > Date.now() - 2000)
            meanwhile.adjust(5, "DS1-L", "4")         // another location: not this view's
            meanwhile.setPrice(6, "L1", "79")         // this location's own price
            tryCompare(rowOf(6), "price", "₹79.00", 10000)
            compare(text(6, "priceWhy"), "This location's own price")
            compare(text(5, "available"), "0 pc")
            compare(list().count, count)             // in place: nothing reloaded or added
            shoot("store-live")
        }

        function test_5_aChannelShowsItsOwnPricesAndFallsBack() {
            const box = child("storeChannel")
            verify(!box.visible)                      // only the default channel has prices
            meanwhile.setChannelPrice(8, "L1", "app", "72")
            tryVerify(() => box.visible, 10000)       // the new channel joins the list live
            compare(storeModel.channels, ["default", "app"])
            box.currentIndex = storeModel.channels.indexOf("app")
            box.activated(box.currentIndex)
            tryCompare(storeModel, "channel", "app")
            loaded()
            compare(box.displayText, "Channel: app")
            compare(child("storeSummary").text, "100+ items · as app customers here see them now")
            compare(text(8, "price"), "₹72.00")
            compare(text(8, "priceWhy"), "This location's app price")
            compare(text(1, "price"), "₹99.50")      // no app price: the default one applies
            compare(text(1, "priceWhy"), "Price for every location")
            shoot("store-channel")
            box.currentIndex = 0
            box.activated(0)
            tryCompare(storeModel, "channel", "default")
            loaded()
            compare(text(8, "price"), "₹99.50")
        }
    }
}
