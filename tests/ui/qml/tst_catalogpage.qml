import QtQuick
import QtTest
import Stockroom.Screens

Item {
    id: root
    width: 1300
    height: 800

    CatalogPage {
        id: page
        anchors.fill: parent
        catalog: catalogModel
        categories: categoryModel
        detail: detailController
        locations: locationModel
    }

    TestCase {
        name: "CatalogPage"
        when: windowShown

        function list() { return findChild(page, "catalogList") }
        function searchField() { return findChild(page, "catalogSearch") }

        function typeSearch(text) {
            const field = searchField()
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function test_1_firstPageAndSummary() {
            tryCompare(list(), "count", 100, 15000)
            compare(findChild(page, "catalogSummary").text, "100+ items shown")
            const first = list().itemAtIndex(0)
            compare(first.name, "Item 000 500 g")
            compare(first.sku, "SKU-000")
        }

        function test_2_scrollingPagesIn() {
            tryCompare(list(), "count", 100, 15000)
            list().positionViewAtEnd()
            tryVerify(function() { return list().count > 100 }, 15000)
            list().positionViewAtEnd()
            tryCompare(list(), "count", 250, 15000)
            tryCompare(findChild(page, "catalogSummary"), "text", "250 items", 5000)
            list().positionViewAtBeginning()
        }

        function test_3_typingFiltersAndSelectionShowsDetail() {
            typeSearch("item 12")
            tryCompare(list(), "count", 10, 15000)
            compare(list().itemAtIndex(0).sku, "SKU-120")
            mouseClick(list().itemAtIndex(3))
            compare(list().currentIndex, 3)
            tryCompare(detailController, "variantId", list().itemAtIndex(3).variantId)
            tryCompare(findChild(page, "detailName"), "text", "Item 123 500 g", 15000)
            // Arrow keys move the selection and the panel follows.
            keyClick(Qt.Key_Down)
            tryCompare(findChild(page, "detailName"), "text", "Item 124 500 g", 15000)
        }

        function test_4_noMatchSaysSo() {
            typeSearch("zzzz")
            tryCompare(list(), "count", 0, 15000)
            tryCompare(findChild(page, "catalogSummary"), "text", "0 items", 5000)
            keyClick(Qt.Key_Escape)
            tryCompare(list(), "count", 100, 15000)
        }

        function test_5_thePriceAtALocationSaysWhy() {
            typeSearch("item 200")
            tryCompare(list(), "count", 1, 15000)
            mouseClick(list().itemAtIndex(0))
            tryCompare(findChild(page, "detailName"), "text", "Item 200 500 g", 15000)
            tryCompare(findChild(page, "detailPriceWhy"), "text", "Price: every location's default price", 15000)
            compare(list().itemAtIndex(0).price, "₹99.50")
            // Prices at L1: the store's own price, in the list and the detail, and why.
            const place = findChild(page, "catalogPricePlace")
            tryVerify(() => place.count === 2, 15000)
            place.currentIndex = 1
            place.activated(1)
            tryCompare(findChild(page, "detailPriceWhy"), "text", "Price: L1's own price", 15000)
            tryCompare(list(), "count", 1, 15000)
            tryCompare(list().itemAtIndex(0), "price", "₹89.00", 15000)
            if (screenshotDir.length > 0)
                grabImage(root).save(screenshotDir + "/catalog-price-at-location.png")
            place.currentIndex = 0
            place.activated(0)
            tryCompare(findChild(page, "detailPriceWhy"), "text", "Price: every location's default price", 15000)
        }
    }
}
