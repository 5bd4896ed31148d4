<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CityTwin Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityTwin Console %1 — a digital twin and operations console for Tsukuba.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data credits: 出典：国土地理院 (GSI); 国土交通省 Project PLATEAU; © OpenStreetMap contributors (ODbL); 気象庁 (JMA); 国土交通省 水文水質データベース (MLIT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>CityTwin Console — digital twin and operations console for Tsukuba.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the twin FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the first complete frame to OUT.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the 2d map or the 3d view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the plugins with their status and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also load plugins from DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the first frame with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The twin to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureListPanel</name>
    <message>
        <source>No features in this twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the features whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre the map on this feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw above the layer over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw below the layer under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <source>City boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embankments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road junctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydrogen stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streetlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — CityTwin Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityTwin Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some plugins could not prepare this twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open twin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2D map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3D view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layer panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plugins… (%n failed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CityTwin Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No twin is open.
Use File → Open (Ctrl+O) or drop a .gpkg twin here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a twin to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CityTwin twins (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NorthArrow</name>
    <message>
        <source>North. Click to reset the view (Home)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Bus stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginNames</name>
    <message>
        <source>Mobility fleets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hydrogen buses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provides: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cursor position, WGS84 latitude and longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor position in %1 (easting, northing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the twin&apos;s layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
