import QtQuick
import QtTest
import Stockroom.Screens

Item {
    id: root
    width: 1360
    height: 820

    CatalogPage {
        id: page
        anchors.fill: parent
        catalog: catalogModel
        categories: categoryModel
        detail: detailController
        editor: editorController
        categoryTree: treeController
    }
    // The same page for a floor supervisor, made for the last test.
    Loader {
        id: supervisorLoader
        anchors.fill: parent
        active: false
        sourceComponent: CatalogPage {
            catalog: supervisorCatalog
            categories: supervisorCategories
            detail: supervisorDetail
            categoryTree: supervisorTree
        }
    }

    TestCase {
        name: "CategoryTree"
        when: windowShown

        readonly property var tree: treeController.tree

        function child(name, within) {
            let item = findChild(within || page, name)
            // A popup's parts are not among its children: look in each.
            if (!item && within && within.contentItem)
                item = findChild(within.contentItem, name) || findChild(within.footer, name)
                       || findChild(within.header, name)
            verify(item, "no item named " + name)
            return item
        }
        function shoot(name) {
            if (screenshotDir.length > 0)
                grabImage(root).save(screenshotDir + "/" + name + ".png")
        }
        function list() { return child("categoryTreeList") }
        // The row showing category `name` (or the draft row for "new").
        function row(name) {
            const id = name === "new" ? "new" : meanwhile.id(name)
            let item = null
            tryVerify(() => {
                const at = tree.rowOf(id)
                item = at >= 0 ? list().itemAtIndex(at) : null
                return item !== null && item.categoryId === id
            }, 15000, "no row for " + name)
            return item
        }
        function select(name) {
            const r = row(name)
            mouseClick(r, r.width / 3, 20) // on the name, clear of the expander
            tryCompare(treeController, "selectedId", meanwhile.id(name))
        }
        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function field(name) {
            const f = findChild(row(name), "categoryNameField")
            verify(f && f.visible, "no name field on " + name)
            tryVerify(() => f.activeFocus)
            return f
        }
        function waitIdle() {
            tryCompare(treeController, "busy", false, 15000)
            tryCompare(tree, "loading", false, 15000)
        }
        function filterOffers(text) {
            return child("categoryFilter").find(text, Qt.MatchContains) >= 0
        }

        function initTestCase() {
            tryVerify(() => catalogModel.loadedOnce && categoryModel.loadedOnce, 20000)
            mouseClick(child("categoriesButton"))
            tryVerify(() => child("categoryTreePanel").visible)
        }

        function test_1_theTreeInDisplayOrderWithItsCounts() {
            tryCompare(tree, "count", 3)
            compare(tree.idAt(0), meanwhile.id("Dairy"))
            compare(tree.idAt(1), meanwhile.id("Butter"))
            compare(tree.idAt(2), meanwhile.id("Snacks"))
            compare(findChild(row("Dairy"), "categoryCount").text, "150 items")
            compare(findChild(row("Butter"), "categoryCount").text, "50 items")
            compare(findChild(row("Snacks"), "categoryCount").text, "100 items")
            compare(row("Butter").depth, 1)
            compare(child("categoryTreeSummary").text, "3 categories")
            // Nothing to act on until a category is selected.
            verify(child("newCategoryButton").enabled)
            verify(!child("newSubcategoryButton").enabled)
            shoot("category-tree")
            // Collapsing and expanding a branch.
            mouseClick(findChild(row("Dairy"), "expander"))
            tryCompare(tree, "count", 2)
            mouseClick(findChild(row("Dairy"), "expander"))
            tryCompare(tree, "count", 3)
        }

        function test_2_addAtTheTopAndUnderTheSelected() {
            mouseClick(child("newCategoryButton"))
            compare(treeController.editingId, "new")
            // The draft row is last at the top level, where the category will go.
            compare(tree.idAt(tree.count - 1), "new")
            field("new")
            typeText("Bakery")
            keyClick(Qt.Key_Return)
            tryVerify(() => meanwhile.path("Bakery") === "Bakery", 15000)
            waitIdle()
            compare(treeController.editingId, "")
            compare(treeController.selectedId, meanwhile.id("Bakery"))
            compare(child("categoryNoticeText").text, "Added “Bakery” at the top level.")
            verify(row("Bakery"))
            // The catalog's filter offers it.
            tryVerify(() => filterOffers("Bakery"))

            mouseClick(child("newSubcategoryButton"))
            compare(row("new").depth, 1)
            field("new")
            typeText("Bread")
            keyClick(Qt.Key_Enter)
            tryVerify(() => meanwhile.path("Bread") === "Bakery/Bread", 15000)
            waitIdle()
            compare(child("categoryNoticeText").text, "Added “Bread” under “Bakery”.")
            compare(tree.rowOf(meanwhile.id("Bread")), tree.rowOf(meanwhile.id("Bakery")) + 1)
            tryVerify(() => filterOffers("Bread"))
        }

        function test_3_renameWithEnterAndEscape() {
            select("Snacks")
            keyClick(Qt.Key_F2)
            compare(treeController.editingId, meanwhile.id("Snacks"))
            const f = field("Snacks")
            compare(f.text, "Snacks")
            compare(f.selectedText, "Snacks")
            typeText("Namkeen")
            compare(f.text, "Namkeen")
            // Escape: nothing sent, the name as it was.
            keyClick(Qt.Key_Escape)
            compare(treeController.editingId, "")
            compare(meanwhile.path("Snacks"), "Snacks")
            compare(findChild(row("Snacks"), "categoryName").text, "Snacks")

            mouseClick(findChild(row("Snacks"), "renameButton"))
            compare(field("Snacks").text, "Snacks")
            tryCompare(field("Snacks"), "selectedText", "Snacks")
            typeText("Namkeen & Snacks")
            keyClick(Qt.Key_Return)
            tryVerify(() => meanwhile.path("Namkeen & Snacks") === "Namkeen & Snacks", 15000)
            waitIdle()
            compare(findChild(row("Namkeen & Snacks"), "categoryName").text, "Namkeen & Snacks")
            compare(child("categoryNoticeText").text,
                    "Renamed “Snacks” to “Namkeen & Snacks”; the categories inside it follow.")
            tryVerify(() => filterOffers("Namkeen & Snacks") && child("categoryFilter").find("Snacks") < 0)
        }

        function test_4_aRefusalShowsAtTheFieldAndKeepsTheText() {
            const before = meanwhile.count()
            select("Dairy")
            mouseClick(child("newSubcategoryButton"))
            field("new")
            typeText("butter")
            keyClick(Qt.Key_Return)
            waitIdle()
            tryCompare(treeController, "errorPlace", "edit")
            const draft = row("new")
            verify(findChild(draft, "categoryRowError").visible)
            compare(findChild(draft, "refusalHeadline").text, "Already exists")
            compare(findChild(draft, "refusalText").text,
                    "There is already a category \"Butter\" in Dairy.\nChoose another name, or use the existing category.")
            // What was typed is still there, still being edited; nothing was written.
            compare(findChild(draft, "categoryNameField").text, "butter")
            compare(treeController.editingId, "new")
            compare(meanwhile.count(), before)
            shoot("category-tree-refusal")
            // Corrected, it goes through.
            const f = field("new")
            f.selectAll()
            typeText("Ghee")
            keyClick(Qt.Key_Return)
            tryVerify(() => meanwhile.path("Ghee") === "Dairy/Ghee", 15000)
            waitIdle()
            compare(treeController.errorPlace, "")

            select("Butter")
            mouseClick(child("newSubcategoryButton"))
            field("new")
            typeText("Salted")
            keyClick(Qt.Key_Return)
            tryVerify(() => meanwhile.path("Salted") === "Dairy/Butter/Salted", 15000)
            waitIdle()
        }

        function test_5_moveWithAPickerOfValidPlaces() {
            select("Butter")
            mouseClick(findChild(row("Butter"), "moveButton"))
            const dialog = child("categoryMoveDialog")
            tryCompare(dialog, "opened", true)
            // Nothing chosen yet: nothing to send.
            verify(!child("categoryMoveDialogSubmit", dialog).enabled)
            // Never the category itself or what is inside it; where it is now is not a choice.
            const labels = child("moveTargetList", dialog).model.map(t => t.label)
            compare(labels, ["Top level", "Dairy", "Ghee", "Namkeen & Snacks", "Bakery", "Bread"])
            verify(!child("moveTarget-Dairy", dialog).enabled)
            verify(child("moveTarget-Namkeen & Snacks", dialog).enabled)
            shoot("category-tree-move")
            mouseClick(child("moveTarget-Namkeen & Snacks", dialog))
            mouseClick(child("categoryMoveDialogSubmit", dialog))
            tryCompare(dialog, "opened", false, 15000)
            tryVerify(() => meanwhile.path("Butter") === "Namkeen & Snacks/Butter", 15000)
            compare(meanwhile.path("Salted"), "Namkeen & Snacks/Butter/Salted")
            waitIdle()
            compare(child("categoryNoticeText").text,
                    "Moved “Butter” under “Namkeen & Snacks”, with everything inside it.")
            compare(tree.rowOf(meanwhile.id("Butter")), tree.rowOf(meanwhile.id("Namkeen & Snacks")) + 1)
            compare(row("Salted").depth, 2)
            // The counts follow: Dairy keeps its own 100 items.
            compare(findChild(row("Dairy"), "categoryCount").text, "100 items")
            compare(findChild(row("Namkeen & Snacks"), "categoryCount").text, "150 items")
        }

        function test_6_upAndDownAmongTheNeighbours() {
            compare(meanwhile.children(""), "Dairy,Namkeen & Snacks,Bakery")
            select("Bakery")
            verify(!findChild(row("Bakery"), "moveDownButton").enabled)
            mouseClick(findChild(row("Bakery"), "moveUpButton"))
            tryVerify(() => meanwhile.children("") === "Dairy,Bakery,Namkeen & Snacks", 15000)
            waitIdle()
            verify(tree.rowOf(meanwhile.id("Bakery")) < tree.rowOf(meanwhile.id("Namkeen & Snacks")))
            compare(treeController.selectedId, meanwhile.id("Bakery"))
            verify(findChild(row("Bakery"), "moveDownButton").enabled)
            // With the keys: Ctrl+Down puts it back.
            list().forceActiveFocus()
            keyClick(Qt.Key_Down, Qt.ControlModifier)
            tryVerify(() => meanwhile.children("") === "Dairy,Namkeen & Snacks,Bakery", 15000)
            waitIdle()
            verify(tree.rowOf(meanwhile.id("Bakery")) > tree.rowOf(meanwhile.id("Namkeen & Snacks")))
            // Plain arrows walk the rows: the one above is the last inside its neighbour.
            keyClick(Qt.Key_Up)
            compare(treeController.selectedId, meanwhile.id("Salted"))
            keyClick(Qt.Key_Down)
            compare(treeController.selectedId, meanwhile.id("Bakery"))
        }

        function test_7_deactivateAndReactivateASubtree() {
            select("Bakery")
            mouseClick(findChild(row("Bakery"), "deactivateButton"))
            const dialog = child("categoryDeactivateDialog")
            tryCompare(dialog, "opened", true)
            verify(dialog.contentItem.text.indexOf("“Bakery” and the category inside it will no longer be offered") === 0)
            verify(dialog.contentItem.text.indexOf("There are no items in it. You can reactivate it at any time") > 0)
            shoot("category-tree-deactivate")
            mouseClick(child("categoryDeactivateDialogSubmit", dialog))
            tryCompare(dialog, "opened", false, 15000)
            tryVerify(() => !meanwhile.active("Bakery") && !meanwhile.active("Bread"), 15000)
            waitIdle()
            compare(child("categoryNoticeText").text,
                    "Deactivated “Bakery” and the category inside it: the category lists no longer offer them.")
            // Hidden, and no longer offered by the filter.
            compare(tree.rowOf(meanwhile.id("Bakery")), -1)
            compare(tree.rowOf(meanwhile.id("Bread")), -1)
            compare(treeController.selectedId, "")
            compare(child("categoryTreeSummary").text, "5 categories · 2 deactivated")
            tryVerify(() => !filterOffers("Bakery") && !filterOffers("Bread"))
            verify(!child("deactivatedExplanation").visible)

            // Shown, dimmed, with what deactivated means.
            mouseClick(child("showDeactivatedBox"))
            tryCompare(tree, "showDeactivated", true)
            verify(child("deactivatedExplanation").visible)
            verify(findChild(row("Bakery"), "deactivatedBadge").visible)
            verify(findChild(row("Bread"), "deactivatedBadge").visible)
            verify(!findChild(row("Dairy"), "deactivatedBadge").visible)
            // Inside a deactivated category: said before, refused at its row when tried.
            select("Bread")
            verify(findChild(row("Bread"), "reactivateHint").visible)
            mouseClick(findChild(row("Bread"), "reactivateButton"))
            waitIdle()
            tryCompare(treeController, "errorPlace", "row")
            compare(treeController.errorRowId, meanwhile.id("Bread"))
            verify(findChild(row("Bread"), "categoryRowError").visible)
            compare(findChild(row("Bread"), "refusalText").text,
                    "\"Bakery/Bread\" is inside \"Bakery\", which is deactivated.\nReactivate \"Bakery\" first.")
            verify(!meanwhile.active("Bread"))
            shoot("category-tree-deactivated")

            select("Bakery")
            mouseClick(findChild(row("Bakery"), "reactivateButton"))
            tryVerify(() => meanwhile.active("Bakery") && meanwhile.active("Bread"), 15000)
            waitIdle()
            compare(child("categoryNoticeText").text,
                    "Reactivated “Bakery” and the category inside it: the category lists offer them again.")
            verify(!findChild(row("Bakery"), "deactivatedBadge").visible)
            tryVerify(() => filterOffers("Bakery"))
            mouseClick(child("showDeactivatedBox"))
            tryCompare(tree, "showDeactivated", false)
        }

        function test_8_theItemEditorsPickerFollowsTheTree() {
            // Another desktop renames a category while an item editor is open; the app hands the
            // event on as reloadCategories().
            editorController.editVariant(meanwhile.variantId(160))
            tryVerify(() => editorController.open && !editorController.loading, 15000)
            const labels = () => editorController.categories.map(c => c.label)
            verify(labels().indexOf("Namkeen & Snacks") >= 0)
            meanwhile.rename("Namkeen & Snacks", "Snacks")
            editorController.reloadCategories()
            tryVerify(() => labels().indexOf("Snacks") >= 0 && labels().indexOf("Snacks › Butter › Salted") >= 0, 15000)
            verify(labels().indexOf("Namkeen & Snacks") < 0)
            editorController.cancel()
            categoryModel.reload()
            tryVerify(() => row("Snacks") !== null)
            // Escape closes the panel.
            list().forceActiveFocus()
            keyClick(Qt.Key_Escape)
            tryVerify(() => !child("categoryTreePanel").visible)
        }

        function test_9_aFloorSupervisorSeesNoEditingControls() {
            // The manager's changes reach this desktop as events, which read its tree again.
            supervisorCategories.reload()
            supervisorLoader.active = true
            const other = supervisorLoader.item
            tryVerify(() => supervisorCategories.loadedOnce && !supervisorCategories.loading, 15000)
            mouseClick(findChild(other, "categoriesButton"))
            const panel = findChild(other, "categoryTreePanel")
            tryVerify(() => panel.visible)
            const otherList = findChild(other, "categoryTreeList")
            tryVerify(() => supervisorTree.tree.count === 7, 15000)
            verify(!findChild(other, "newCategoryButton").visible)
            verify(!findChild(other, "newSubcategoryButton").visible)
            const first = otherList.itemAtIndex(0)
            compare(findChild(first, "categoryCount").text, "100 items")
            mouseClick(first, first.width / 3, 20)
            tryCompare(supervisorTree, "selectedId", first.categoryId)
            verify(!findChild(first, "categoryActions").visible)
            keyClick(Qt.Key_F2)
            mouseDoubleClickSequence(first, first.width / 3, 20)
            compare(supervisorTree.editingId, "")
            verify(!findChild(first, "categoryNameField").visible)
            shoot("category-tree-supervisor")
            supervisorLoader.active = false
        }
    }
}
