<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:gml="http://www.opengis.net/gml">
  <core:cityObjectMember>
    <tran:Road>
      <tran:class>9999</tran:class>
      <tran:lod1MultiSurface><gml:MultiSurface srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing>
        <gml:posList>36.0833 140.1113 0 36.0834 140.1112 0 36.0833 140.1111 0 36.0833 140.1113 0</gml:posList>
      </gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></tran:lod1MultiSurface>
    </tran:Road>
  </core:cityObjectMember>
</core:CityModel>
