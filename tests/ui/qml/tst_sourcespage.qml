import QtQuick
import QtTest
import Stockroom.Screens

Item {
    id: root
    width: 1300
    height: 800

    SourcesPage {
        id: page
        anchors.fill: parent
        controller: sourcesController
    }

    TestCase {
        name: "SourcesPage"
        when: windowShown

        function list() { return child("reviewList") }
        function child(name, within) {
            const item = findChild(within || page, name)
            verify(item, "no item named " + name)
            return item
        }
        function shoot(name) {
            if (screenshotDir.length > 0)
                grabImage(root).save(screenshotDir + "/" + name + ".png")
        }
        function typeInto(item, text) {
            item.forceActiveFocus()
            item.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function rowOf(externalId) {
            for (let i = 0; i < list().count; ++i) {
                const item = list().itemAtIndex(i)
                if (item && item.externalId === externalId)
                    return item
            }
            return null
        }
        // The catalog picker once its search has answered with @p sku alone.
        function pickFor(dialog, sku) {
            const picks = findChild(dialog, "variantPicks")
            tryVerify(function() {
                return picks.count === 1 && picks.itemAtIndex(0) && picks.itemAtIndex(0).sku === sku
            }, 15000)
            return picks
        }
        function select(externalId) {
            tryVerify(function() { return rowOf(externalId) !== null }, 15000)
            mouseClick(rowOf(externalId))
            tryCompare(child("detailExternalId"), "text", externalId)
        }

        function test_1_anEmptyQueueSaysSo() {
            tryCompare(sourcesController, "loadedOnce", true, 15000)
            compare(list().count, 0)
            verify(child("reviewEmpty").visible)
            compare(child("reviewBadge").visible, false)
            shoot("sourcespage-empty")
        }

        function test_2_queuedItemsListWithTheBadge() {
            scene.queue("ITM-12", "conflict", 40, "ITM-12 is mapped to SKU-012, but the ERP now sends it as SKU-040 (Item 040 500 g).")
            scene.queue("ITM-90", "unmapped", 90, "New code ITM-90, but its barcode names SKU-090 (Item 090 500 g).")
            scene.queue("ITM-91", "unmapped", -1, "No item has SKU NEW-ITM-91; it may be new to the catalog.")
            sourcesController.reload()
            tryCompare(list(), "count", 3, 15000)
            tryCompare(child("reviewBadge"), "text", "3 to review")
            verify(child("reviewBadge").visible)
            select("ITM-12")
            // The conflict shows both variants and the row as received.
            verify(child("mappedCard").visible)
            verify(child("keepButton").visible)
            compare(child("mapProposedButton").text, "Map to SKU-040")
            verify(child("receivedLines").count >= 3)
            shoot("sourcespage-queue")
        }

        function test_3_resolveByMappingToTheProposedVariant() {
            select("ITM-90")
            compare(child("keepButton").visible, false) // nothing mapped yet: nothing to keep
            mouseClick(child("mapProposedButton"))
            tryCompare(list(), "count", 2, 15000)
            tryCompare(child("reviewBadge"), "text", "2 to review")
            compare(scene.mappedSku("ITM-90"), "SKU-090")
            compare(scene.reviewOf("ITM-90"), "resolved | Mapped to SKU-090 (Item 090 500 g).")
            verify(child("sourcesNotice").text.indexOf("SKU-090") >= 0)
            verify(rowOf("ITM-90") === null)
        }

        function test_4_dismissNeedsAReason() {
            select("ITM-91")
            mouseClick(child("dismissButton"))
            const dialog = child("dismissDialog")
            tryCompare(dialog, "opened", true)
            const submit = findChild(dialog, "dismissDialogSubmit")
            compare(submit.enabled, false) // no reason yet
            typeInto(findChild(dialog, "dismissReasonField"), "Test item from the ERP")
            verify(submit.enabled)
            shoot("sourcespage-dismiss")
            mouseClick(submit)
            tryCompare(dialog, "opened", false, 15000)
            tryCompare(list(), "count", 1, 15000)
            tryCompare(child("reviewBadge"), "text", "1 to review")
            compare(scene.reviewOf("ITM-91"), "dismissed | Dismissed: Test item from the ERP")
            compare(scene.mappedSku("ITM-91"), "<null>")
        }

        function test_5_mapToAnotherItemFromTheCatalog() {
            select("ITM-12")
            mouseClick(child("mapAnotherButton"))
            const dialog = child("mapDialog")
            tryCompare(dialog, "opened", true)
            typeInto(findChild(dialog, "variantSearchField"), "Item 077")
            const picks = pickFor(dialog, "SKU-077")
            mouseClick(picks.itemAtIndex(0))
            tryCompare(findChild(dialog, "chosenVariant"), "text", "Maps to SKU-077 — Item 077 500 g")
            shoot("sourcespage-map-another")
            mouseClick(findChild(dialog, "mapDialogSubmit"))
            tryCompare(dialog, "opened", false, 15000)
            tryCompare(list(), "count", 0, 15000)
            compare(scene.mappedSku("ITM-12"), "SKU-077")
            compare(child("reviewBadge").visible, false)
            verify(child("reviewEmpty").visible)
        }

        function test_6_mappingsOfTheSource() {
            mouseClick(child("mappingsTab"))
            const mappings = child("mappingList")
            tryCompare(mappings, "count", 2, 15000) // ITM-12 and ITM-90
            compare(child("sourceTitle").text, "Head-office ERP")
            compare(child("newSourceButton").visible, false) // a store manager adds none
            typeInto(child("mappingSearch"), "sku-077")
            tryCompare(mappings, "count", 1, 15000)
            typeInto(child("mappingSearch"), "")
            tryCompare(mappings, "count", 2, 15000)
            shoot("sourcespage-mappings")
        }

        function test_7_aConflictingMappingIsNamedAndMayBeReplaced() {
            mouseClick(child("mapButton"))
            const dialog = child("mapDialog")
            tryCompare(dialog, "opened", true)
            typeInto(findChild(dialog, "externalIdField"), "ITM-90")
            typeInto(findChild(dialog, "variantSearchField"), "Item 050")
            const picks = pickFor(dialog, "SKU-050")
            mouseClick(picks.itemAtIndex(0))
            const replace = findChild(dialog, "mapDialogExtra")
            compare(replace.visible, false)
            mouseClick(findChild(dialog, "mapDialogSubmit"))
            // Refused, naming what the id maps to; the dialog stays with what was typed.
            tryCompare(findChild(dialog, "mapDialogRefusal"), "text",
                       "External id \"ITM-90\" of Head-office ERP is already mapped to SKU-090 (Item 090 500 g).\n"
                       + "Replace that mapping to point it at SKU-050, or leave it as it is.", 15000)
            verify(dialog.opened)
            verify(replace.visible)
            compare(scene.mappedSku("ITM-90"), "SKU-090")
            shoot("sourcespage-conflict")
            mouseClick(replace)
            tryCompare(dialog, "opened", false, 15000)
            compare(scene.mappedSku("ITM-90"), "SKU-050")
            tryVerify(function() { return child("sourcesNotice").text.indexOf("instead of SKU-090") >= 0 }, 15000)
        }

        function test_8_unmapAfterConfirming() {
            const mappings = child("mappingList")
            tryCompare(mappings, "count", 2, 15000)
            mouseClick(child("unmap_ITM-90"))
            const dialog = child("unmapDialog")
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog, "unmapDialogSubmit"))
            tryCompare(dialog, "opened", false, 15000)
            tryCompare(mappings, "count", 1, 15000)
            compare(scene.mappedSku("ITM-90"), "<null>")
        }
    }
}
