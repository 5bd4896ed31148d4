<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CityTwin Console</source>
        <translation>About CityTwin Console</translation>
    </message>
    <message>
        <source>CityTwin Console %1 — a digital twin and operations console for Tsukuba.</source>
        <translation>CityTwin Console %1 — a digital twin and operations console for Tsukuba.</translation>
    </message>
    <message>
        <source>Data credits: 出典：国土地理院 (GSI); 国土交通省 Project PLATEAU; © OpenStreetMap contributors (ODbL); 気象庁 (JMA); 国土交通省 水文水質データベース (MLIT).</source>
        <translation>Data credits: 出典：国土地理院 (GSI); 国土交通省 Project PLATEAU; © OpenStreetMap contributors (ODbL); 気象庁 (JMA); 国土交通省 水文水質データベース (MLIT).</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>CityTwin Console — digital twin and operations console for Tsukuba.</source>
        <translation>CityTwin Console — digital twin and operations console for Tsukuba.</translation>
    </message>
    <message>
        <source>Open the twin FILE.</source>
        <translation>Open the twin FILE.</translation>
    </message>
    <message>
        <source>Render the first complete frame to OUT.png and exit.</source>
        <translation>Render the first complete frame to OUT.png and exit.</translation>
    </message>
    <message>
        <source>Start in the 2d map or the 3d view.</source>
        <translation>Start in the 2d map or the 3d view.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Window size, e.g. 1280x800.</translation>
    </message>
    <message>
        <source>List the plugins with their status and exit.</source>
        <translation>List the plugins with their status and exit.</translation>
    </message>
    <message>
        <source>Use this language for this run.</source>
        <translation>Use this language for this run.</translation>
    </message>
    <message>
        <source>Also load plugins from DIR.</source>
        <translation>Also load plugins from DIR.</translation>
    </message>
    <message>
        <source>Seconds to wait for the first frame with --screenshot.</source>
        <translation>Seconds to wait for the first frame with --screenshot.</translation>
    </message>
    <message>
        <source>The twin to open.</source>
        <translation>The twin to open.</translation>
    </message>
    <message>
        <source>Import FILE into the twin at start (repeatable).</source>
        <translation>Import FILE into the twin at start (repeatable).</translation>
    </message>
</context>
<context>
    <name>FeatureListPanel</name>
    <message>
        <source>No features in this twin</source>
        <translation>No features in this twin</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation><numerusform>%n feature</numerusform><numerusform>%n features</numerusform></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Show only the features whose name contains this text</source>
        <translation>Show only the features whose name contains this text</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>Cancel after this file</source>
        <translation>Cancel after this file</translation>
    </message>
    <message>
        <source>Files already imported stay; the file being read is finished first</source>
        <translation>Files already imported stay; the file being read is finished first</translation>
    </message>
    <message>
        <source>%1 → layer %2: %L3 new, %L4 updated, %L5 skipped</source>
        <translation>%1 → layer %2: %L3 new, %L4 updated, %L5 skipped</translation>
    </message>
    <message>
        <source>Not imported, the twin is unchanged: %1</source>
        <translation>Not imported, the twin is unchanged: %1</translation>
    </message>
    <message>
        <source>  … and %L1 more skipped rows</source>
        <translation>  … and %L1 more skipped rows</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Centre the map on this feature</source>
        <translation>Centre the map on this feature</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation>Click a feature on the map to see its attributes.</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Hide this layer</source>
        <translation>Hide this layer</translation>
    </message>
    <message>
        <source>Show this layer</source>
        <translation>Show this layer</translation>
    </message>
    <message>
        <source>%L1 features</source>
        <translation>%L1 features</translation>
    </message>
    <message>
        <source>Draw above the layer over it</source>
        <translation>Draw above the layer over it</translation>
    </message>
    <message>
        <source>Draw below the layer under it</source>
        <translation>Draw below the layer under it</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>Opacity %1 %</source>
        <translation>Opacity %1 %</translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <source>City boundary</source>
        <translation>City boundary</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>Rivers</translation>
    </message>
    <message>
        <source>Embankments</source>
        <translation>Embankments</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Roads</translation>
    </message>
    <message>
        <source>Road junctions</source>
        <translation>Road junctions</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitals</translation>
    </message>
    <message>
        <source>Bus routes</source>
        <translation>Bus routes</translation>
    </message>
    <message>
        <source>Bus stops</source>
        <translation>Bus stops</translation>
    </message>
    <message>
        <source>Hydrogen stations</source>
        <translation>Hydrogen stations</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>Fuel-cell buses</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>School districts</source>
        <translation>School districts</translation>
    </message>
    <message>
        <source>Police boxes</source>
        <translation>Police boxes</translation>
    </message>
    <message>
        <source>Streetlights</source>
        <translation>Streetlights</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation>Evacuation shelters</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — CityTwin Console</source>
        <translation>%1 — CityTwin Console</translation>
    </message>
    <message>
        <source>CityTwin Console</source>
        <translation>CityTwin Console</translation>
    </message>
    <message>
        <source>Cannot open the twin</source>
        <translation>Cannot open the twin</translation>
    </message>
    <message>
        <source>Some plugins could not prepare this twin</source>
        <translation>Some plugins could not prepare this twin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open twin…</source>
        <translation>&amp;Open twin…</translation>
    </message>
    <message>
        <source>&amp;Close twin</source>
        <translation>&amp;Close twin</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;2D map</source>
        <translation>&amp;2D map</translation>
    </message>
    <message>
        <source>&amp;3D view</source>
        <translation>&amp;3D view</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Reset view</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Layer panel</source>
        <translation>&amp;Layer panel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plugins… (%n failed)</source>
        <translation><numerusform>&amp;Plugins… (%n failed)</numerusform><numerusform>&amp;Plugins… (%n failed)</numerusform></translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation>&amp;Plugins…</translation>
    </message>
    <message>
        <source>&amp;About CityTwin Console</source>
        <translation>&amp;About CityTwin Console</translation>
    </message>
    <message>
        <source>No twin is open.
Use File → Open (Ctrl+O) or drop a .gpkg twin here.</source>
        <translation>No twin is open.
Use File → Open (Ctrl+O) or drop a .gpkg twin here.</translation>
    </message>
    <message>
        <source>Drop a twin to open it</source>
        <translation>Drop a twin to open it</translation>
    </message>
    <message>
        <source>Open a twin</source>
        <translation>Open a twin</translation>
    </message>
    <message>
        <source>CityTwin twins (*.gpkg)</source>
        <translation>CityTwin twins (*.gpkg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>No twin is open</source>
        <translation>No twin is open</translation>
    </message>
    <message>
        <source>Open a twin first; imported data goes into the open twin.</source>
        <translation>Open a twin first; imported data goes into the open twin.</translation>
    </message>
    <message>
        <source>The twin is read-only</source>
        <translation>The twin is read-only</translation>
    </message>
    <message>
        <source>This twin file cannot be written, so nothing can be imported into it.</source>
        <translation>This twin file cannot be written, so nothing can be imported into it.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import good rows of files with bad rows</source>
        <translation>Import good rows of files with bad rows</translation>
    </message>
    <message>
        <source>Drop a twin to open it, or data files to import them</source>
        <translation>Drop a twin to open it, or data files to import them</translation>
    </message>
    <message>
        <source>Import into the twin</source>
        <translation>Import into the twin</translation>
    </message>
    <message>
        <source>GIS data (*.geojson *.json *.csv *.gml *.xml *.osm *.pbf *.gpkg *.shp *.kml)</source>
        <translation>GIS data (*.geojson *.json *.csv *.gml *.xml *.osm *.pbf *.gpkg *.shp *.kml)</translation>
    </message>
</context>
<context>
    <name>NorthArrow</name>
    <message>
        <source>North. Click to reset the view (Home)</source>
        <translation>North. Click to reset the view (Home)</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Bus stops</source>
        <translation>Bus stops</translation>
    </message>
    <message>
        <source>routes %1</source>
        <translation>routes %1</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>Fuel-cell buses</translation>
    </message>
    <message>
        <source>%1 kWh left</source>
        <translation>%1 kWh left</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation>%1 pupils</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation>Evacuation shelters</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>capacity %1</translation>
    </message>
</context>
<context>
    <name>PluginNames</name>
    <message>
        <source>Mobility fleets</source>
        <translation>Mobility fleets</translation>
    </message>
    <message>
        <source>Hydrogen buses</source>
        <translation>Hydrogen buses</translation>
    </message>
    <message>
        <source>Community safety</source>
        <translation>Community safety</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>Shelters</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>loaded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Provides: %1</source>
        <translation>Provides: %1</translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cursor position, WGS84 latitude and longitude</source>
        <translation>Cursor position, WGS84 latitude and longitude</translation>
    </message>
    <message>
        <source>Cursor position in %1 (easting, northing)</source>
        <translation>Cursor position in %1 (easting, northing)</translation>
    </message>
    <message>
        <source>Loading the twin's layers</source>
        <translation>Loading the twin's layers</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
</context>
</TS>