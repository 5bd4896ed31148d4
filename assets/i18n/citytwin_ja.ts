<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CityTwin Console</source>
        <translation>CityTwin Console について</translation>
    </message>
    <message>
        <source>CityTwin Console %1 — a digital twin and operations console for Tsukuba.</source>
        <translation>CityTwin Console %1 — つくば市のデジタルツインと運用コンソール。</translation>
    </message>
    <message>
        <source>Data credits: 出典：国土地理院 (GSI); 国土交通省 Project PLATEAU; © OpenStreetMap contributors (ODbL); 気象庁 (JMA); 国土交通省 水文水質データベース (MLIT).</source>
        <translation>データ出典：国土地理院、国土交通省 Project PLATEAU、© OpenStreetMap contributors (ODbL)、気象庁、国土交通省 水文水質データベース。</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>CityTwin Console — digital twin and operations console for Tsukuba.</source>
        <translation>CityTwin Console — つくば市のデジタルツインと運用コンソール。</translation>
    </message>
    <message>
        <source>Open the twin FILE.</source>
        <translation>ツイン FILE を開く。</translation>
    </message>
    <message>
        <source>Render the first complete frame to OUT.png and exit.</source>
        <translation>最初の完全なフレームを OUT.png に保存して終了する。</translation>
    </message>
    <message>
        <source>Start in the 2d map or the 3d view.</source>
        <translation>2D 地図（2d）または 3D 表示（3d）で起動する。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>ウィンドウの大きさ（例：1280x800）。</translation>
    </message>
    <message>
        <source>List the plugins with their status and exit.</source>
        <translation>プラグインとその状態を一覧表示して終了する。</translation>
    </message>
    <message>
        <source>Use this language for this run.</source>
        <translation>今回の起動だけこの言語を使う。</translation>
    </message>
    <message>
        <source>Also load plugins from DIR.</source>
        <translation>DIR からもプラグインを読み込む。</translation>
    </message>
    <message>
        <source>Seconds to wait for the first frame with --screenshot.</source>
        <translation>--screenshot で最初のフレームを待つ秒数。</translation>
    </message>
    <message>
        <source>The twin to open.</source>
        <translation>開くツイン。</translation>
    </message>
    <message>
        <source>Import FILE into the twin at start (repeatable).</source>
        <translation>起動時に FILE をツインへ取り込む（複数指定可）。</translation>
    </message>
</context>
<context>
    <name>FeatureListPanel</name>
    <message>
        <source>No features in this twin</source>
        <translation>このツインには地物がありません</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込み</translation>
    </message>
    <message>
        <source>Show only the features whose name contains this text</source>
        <translation>この文字列を名前に含む地物だけを表示します</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名称なし）</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>取り込み完了</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message>
        <source>Cancel after this file</source>
        <translation>このファイルの後で中止</translation>
    </message>
    <message>
        <source>Files already imported stay; the file being read is finished first</source>
        <translation>取り込み済みのファイルはそのまま残ります。読み込み中のファイルは最後まで処理されます</translation>
    </message>
    <message>
        <source>%1 → layer %2: %L3 new, %L4 updated, %L5 skipped</source>
        <translation>%1 → レイヤー %2：新規 %L3 件、更新 %L4 件、スキップ %L5 件</translation>
    </message>
    <message>
        <source>Not imported, the twin is unchanged: %1</source>
        <translation>取り込みませんでした。ツインは変更されていません：%1</translation>
    </message>
    <message>
        <source>  … and %L1 more skipped rows</source>
        <translation>  …ほか %L1 行をスキップ</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Centre the map on this feature</source>
        <translation>この地物を地図の中央に表示</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation>地図上の地物をクリックすると属性が表示されます。</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>Hide this layer</source>
        <translation>このレイヤーを非表示にする</translation>
    </message>
    <message>
        <source>Show this layer</source>
        <translation>このレイヤーを表示する</translation>
    </message>
    <message>
        <source>%L1 features</source>
        <translation>%L1 件</translation>
    </message>
    <message>
        <source>Draw above the layer over it</source>
        <translation>一つ上のレイヤーより手前に描く</translation>
    </message>
    <message>
        <source>Draw below the layer under it</source>
        <translation>一つ下のレイヤーより奥に描く</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Opacity %1 %</source>
        <translation>不透明度 %1 %</translation>
    </message>
</context>
<context>
    <name>LayerTitles</name>
    <message>
        <source>City boundary</source>
        <translation>市域</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水域</translation>
    </message>
    <message>
        <source>Rivers</source>
        <translation>河川</translation>
    </message>
    <message>
        <source>Embankments</source>
        <translation>堤防</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Road junctions</source>
        <translation>交差点</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建物</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>病院</translation>
    </message>
    <message>
        <source>Bus routes</source>
        <translation>バス路線</translation>
    </message>
    <message>
        <source>Bus stops</source>
        <translation>バス停</translation>
    </message>
    <message>
        <source>Hydrogen stations</source>
        <translation>水素ステーション</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>燃料電池バス</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>School districts</source>
        <translation>学区</translation>
    </message>
    <message>
        <source>Police boxes</source>
        <translation>交番・駐在所</translation>
    </message>
    <message>
        <source>Streetlights</source>
        <translation>街路灯</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation>避難所</translation>
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
        <translation>ツインを開けません</translation>
    </message>
    <message>
        <source>Some plugins could not prepare this twin</source>
        <translation>一部のプラグインがこのツインを準備できませんでした</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open twin…</source>
        <translation>ツインを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close twin</source>
        <translation>ツインを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;2D map</source>
        <translation>2D 地図(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;3D view</source>
        <translation>3D 表示(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>表示をリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Layer panel</source>
        <translation>レイヤーパネル(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Plugins… (%n failed)</source>
        <translation><numerusform>プラグイン(&amp;P)…（%n 件失敗）</numerusform></translation>
    </message>
    <message>
        <source>&amp;Plugins…</source>
        <translation>プラグイン(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About CityTwin Console</source>
        <translation>CityTwin Console について(&amp;A)</translation>
    </message>
    <message>
        <source>No twin is open.
Use File → Open (Ctrl+O) or drop a .gpkg twin here.</source>
        <translation>ツインが開かれていません。
ファイル → ツインを開く (Ctrl+O) を使うか、.gpkg のツインをここにドロップしてください。</translation>
    </message>
    <message>
        <source>Drop a twin to open it</source>
        <translation>ドロップしてツインを開く</translation>
    </message>
    <message>
        <source>Open a twin</source>
        <translation>ツインを開く</translation>
    </message>
    <message>
        <source>CityTwin twins (*.gpkg)</source>
        <translation>CityTwin ツイン (*.gpkg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No twin is open</source>
        <translation>ツインが開かれていません</translation>
    </message>
    <message>
        <source>Open a twin first; imported data goes into the open twin.</source>
        <translation>先にツインを開いてください。取り込んだデータは開いているツインに入ります。</translation>
    </message>
    <message>
        <source>The twin is read-only</source>
        <translation>ツインは読み取り専用です</translation>
    </message>
    <message>
        <source>This twin file cannot be written, so nothing can be imported into it.</source>
        <translation>このツインファイルには書き込めないため、取り込みはできません。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import good rows of files with bad rows</source>
        <translation>不正な行を含むファイルは正しい行だけ取り込む</translation>
    </message>
    <message>
        <source>Drop a twin to open it, or data files to import them</source>
        <translation>ツインをドロップすると開き、データファイルをドロップすると取り込みます</translation>
    </message>
    <message>
        <source>Import into the twin</source>
        <translation>ツインへ取り込む</translation>
    </message>
    <message>
        <source>GIS data (*.geojson *.json *.csv *.gml *.xml *.osm *.pbf *.gpkg *.shp *.kml)</source>
        <translation>GIS データ (*.geojson *.json *.csv *.gml *.xml *.osm *.pbf *.gpkg *.shp *.kml)</translation>
    </message>
</context>
<context>
    <name>NorthArrow</name>
    <message>
        <source>North. Click to reset the view (Home)</source>
        <translation>北。クリックで表示をリセット (Home)</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Bus stops</source>
        <translation>バス停</translation>
    </message>
    <message>
        <source>routes %1</source>
        <translation>路線 %1</translation>
    </message>
    <message>
        <source>Fuel-cell buses</source>
        <translation>燃料電池バス</translation>
    </message>
    <message>
        <source>%1 kWh left</source>
        <translation>残り %1 kWh</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation>児童・生徒 %1 人</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Evacuation shelters</source>
        <translation>避難所</translation>
    </message>
    <message>
        <source>capacity %1</source>
        <translation>収容 %1 人</translation>
    </message>
</context>
<context>
    <name>PluginNames</name>
    <message>
        <source>Mobility fleets</source>
        <translation>モビリティ</translation>
    </message>
    <message>
        <source>Hydrogen buses</source>
        <translation>水素バス</translation>
    </message>
    <message>
        <source>Community safety</source>
        <translation>地域安全</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>避難所</translation>
    </message>
</context>
<context>
    <name>PluginsDialog</name>
    <message>
        <source>Plugins</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>読み込み済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Provides: %1</source>
        <translation>提供機能：%1</translation>
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
        <translation>カーソル位置（WGS84 緯度・経度）</translation>
    </message>
    <message>
        <source>Cursor position in %1 (easting, northing)</source>
        <translation>カーソル位置 %1（東距・北距）</translation>
    </message>
    <message>
        <source>Loading the twin's layers</source>
        <translation>ツインのレイヤーを読み込み中</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
</context>
</TS>