<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogHeader</name>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="26"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="27"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="28"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="29"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="30"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="31"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogHeader.qml" line="32"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="40"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="44"/>
        <source>%1+ items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="45"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="45"/>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="46"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="55"/>
        <source>Search name, SKU or barcode  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="69"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="105"/>
        <source>Could not load the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="159"/>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="160"/>
        <source>No items in this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogPage.qml" line="161"/>
        <source>Check the spelling, search by SKU or scan a barcode, or choose All categories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRowDelegate</name>
    <message>
        <location filename="../qml/catalog/CatalogRowDelegate.qml" line="65"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/CatalogRowDelegate.qml" line="95"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../qml/components/ConnectionIndicator.qml" line="19"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/components/ConnectionIndicator.qml" line="19"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <source>Stockroom — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <location filename="../qml/Main.qml" line="38"/>
        <source>Stockroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="55"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="25"/>
        <source>purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="27"/>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="37"/>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="44"/>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupPage</name>
    <message>
        <location filename="../qml/startup/StartupPage.qml" line="19"/>
        <source>Stockroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/startup/StartupPage.qml" line="57"/>
        <source>Stockroom could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantDetailPanel</name>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="67"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="72"/>
        <source>MRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="77"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="88"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="89"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="90"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="91"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="92"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="93"/>
        <source>Stock unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="96"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="96"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="100"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="101"/>
        <source>%1, changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="105"/>
        <source>Stock by location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="117"/>
        <source>On hand %1 · reserved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="118"/>
        <source> · in transit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="133"/>
        <source>Not stocked at any location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="137"/>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="149"/>
        <source>  (in effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="155"/>
        <source>MRP %1 · GST %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="164"/>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="169"/>
        <source> · primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="175"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="180"/>
        <source>1 %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/catalog/VariantDetailPanel.qml" line="185"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::AppController</name>
    <message>
        <location filename="../ui/appcontroller.cpp" line="38"/>
        <source>Embedded demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="39"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="64"/>
        <source>Deleting the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="75"/>
        <source>Another Stockroom window is already using the embedded demo database. Switch to that window, or close it and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="90"/>
        <source>Preparing the database (%1 of %2: %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="101"/>
        <source>Loading demo data: %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="106"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="112"/>
        <source>%1 is not a Stockroom database (it has no Stockroom schema). Check the database name, or prepare it with &apos;stockroomd migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="119"/>
        <source>The database schema is at version %1 but this app needs %2. Ask your administrator to run &apos;stockroomd migrate&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="124"/>
        <source>The database schema (version %1) is newer than this app (version %2). Install the newer Stockroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="139"/>
        <source>This is the demo database: start it afresh with --reset-demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="150"/>
        <source>Opening the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="155"/>
        <location filename="../ui/appcontroller.cpp" line="179"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="156"/>
        <source>Connection lost: %1 — reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="162"/>
        <source>Could not read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="165"/>
        <source>This database has no tenant yet. Load one with &apos;stockroomd seed-demo&apos; or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/appcontroller.cpp" line="174"/>
        <source>There is no tenant named &quot;%1&quot; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::CategoryModel</name>
    <message>
        <location filename="../ui/categorymodel.cpp" line="40"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stockroom::VariantDetailController</name>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="133"/>
        <source>Could not load this item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/variantdetailcontroller.cpp" line="135"/>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
