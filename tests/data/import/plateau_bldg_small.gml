<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:uro="https://www.geospatial.jp/iur/uro/3.1">
  <gml:boundedBy>
    <gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
      <gml:lowerCorner>36.0830 140.1050 0</gml:lowerCorner>
      <gml:upperCorner>36.0860 140.1120 40</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <core:cityObjectMember>
    <bldg:Building gml:id="bldg_test-0001">
      <gml:name>つくば市役所テスト棟</gml:name>
      <bldg:usage codeSpace="../../codelists/Building_usage.xml">411</bldg:usage>
      <bldg:measuredHeight uom="m">12.5</bldg:measuredHeight>
      <bldg:storeysAboveGround>3</bldg:storeysAboveGround>
      <bldg:lod1Solid>
          <gml:Solid srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3"><gml:exterior><gml:CompositeSurface>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.083000000 140.111000000 25.000 36.083000000 140.111300000 25.000 36.083200000 140.111300000 25.000 36.083200000 140.111000000 25.000 36.083000000 140.111000000 25.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.083000000 140.111000000 37.500 36.083200000 140.111000000 37.500 36.083200000 140.111300000 37.500 36.083000000 140.111300000 37.500 36.083000000 140.111000000 37.500</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.083000000 140.111000000 25.000 36.083000000 140.111300000 25.000 36.083000000 140.111300000 37.500 36.083000000 140.111000000 37.500 36.083000000 140.111000000 25.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.083000000 140.111300000 25.000 36.083200000 140.111300000 25.000 36.083200000 140.111300000 37.500 36.083000000 140.111300000 37.500 36.083000000 140.111300000 25.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.083200000 140.111300000 25.000 36.083200000 140.111000000 25.000 36.083200000 140.111000000 37.500 36.083200000 140.111300000 37.500 36.083200000 140.111300000 25.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.083200000 140.111000000 25.000 36.083000000 140.111000000 25.000 36.083000000 140.111000000 37.500 36.083200000 140.111000000 37.500 36.083200000 140.111000000 25.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
          </gml:CompositeSurface></gml:exterior></gml:Solid>
        </bldg:lod1Solid>
    </bldg:Building>
  </core:cityObjectMember>
  <core:cityObjectMember>
    <bldg:Building gml:id="bldg_test-0002">
      <bldg:measuredHeight uom="m">6</bldg:measuredHeight>
      <bldg:lod1Solid>
          <gml:Solid srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3"><gml:exterior><gml:CompositeSurface>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.085000000 140.105000000 24.000 36.085000000 140.105100000 24.000 36.085100000 140.105100000 24.000 36.085100000 140.105000000 24.000 36.085000000 140.105000000 24.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.085000000 140.105000000 30.000 36.085100000 140.105000000 30.000 36.085100000 140.105100000 30.000 36.085000000 140.105100000 30.000 36.085000000 140.105000000 30.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.085000000 140.105000000 24.000 36.085000000 140.105100000 24.000 36.085000000 140.105100000 30.000 36.085000000 140.105000000 30.000 36.085000000 140.105000000 24.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.085000000 140.105100000 24.000 36.085100000 140.105100000 24.000 36.085100000 140.105100000 30.000 36.085000000 140.105100000 30.000 36.085000000 140.105100000 24.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.085100000 140.105100000 24.000 36.085100000 140.105000000 24.000 36.085100000 140.105000000 30.000 36.085100000 140.105100000 30.000 36.085100000 140.105100000 24.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
              <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.085100000 140.105000000 24.000 36.085000000 140.105000000 24.000 36.085000000 140.105000000 30.000 36.085100000 140.105000000 30.000 36.085100000 140.105000000 24.000</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
          </gml:CompositeSurface></gml:exterior></gml:Solid>
        </bldg:lod1Solid>
    </bldg:Building>
  </core:cityObjectMember>
  <core:cityObjectMember>
    <luse:LandUse gml:id="luse_test-0001">
      <luse:class codeSpace="../../codelists/LandUse_class.xml">201</luse:class>
      <luse:lod1MultiSurface>
        <gml:MultiSurface srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
          <gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>36.0840 140.1060 0 36.0840 140.1070 0 36.0845 140.1070 0 36.0845 140.1060 0 36.0840 140.1060 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
        </gml:MultiSurface>
      </luse:lod1MultiSurface>
    </luse:LandUse>
  </core:cityObjectMember>
</core:CityModel>
