"""Opens every collection of a planmap server in QGIS's OGC API – Features provider, headless, and prints
what QGIS sees as JSON: per layer, whether it is valid, its geometry type, its feature count, how many of
its features carry a geometry of the layer's type, and each feature's task codes; and the point coordinates of
one layer opened from the service in another CRS. Run with /usr/bin/python3 and QT_QPA_PLATFORM=offscreen.

usage: check_oapif.py <landing URL> <layer ids, comma-separated> <crs layer> <crs, e.g. EPSG:5897>
"""
import json
import sys

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsVectorLayer, QgsWkbTypes

base, layer_ids, crs_layer, crs = sys.argv[1], sys.argv[2].split(","), sys.argv[3], sys.argv[4]
app = QgsApplication([], False)
app.initQgis()
out = {"layers": {}}
for layer_id in layer_ids:
    layer = QgsVectorLayer(f"url='{base}' typename='{layer_id}' pagingEnabled='true'", layer_id, "OAPIF")
    info = {"valid": layer.isValid()}
    if layer.isValid():
        geometry_type = QgsWkbTypes.geometryType(layer.wkbType())
        info["geometry_type"] = QgsWkbTypes.geometryDisplayString(geometry_type)
        drawn = 0
        count = 0
        task_codes = {}
        fields = [f.name() for f in layer.fields()]
        for feature in layer.getFeatures():
            count += 1
            g = feature.geometry()
            if g is not None and not g.isNull() and g.type() == geometry_type:
                drawn += 1
            if "task_codes" in fields:
                task_codes[str(feature["id"]) if "id" in fields else str(feature.id())] = feature["task_codes"]
                task_codes[str(feature["name"])] = feature["task_codes"]
        info.update(features=count, drawn=drawn, fields=fields,
                    task_codes={k: (None if v is None or str(v) == "NULL" else str(v)) for k, v in task_codes.items()})
    out["layers"][layer_id] = info

# QGIS 3.22's OAPIF provider always asks for CRS84 (it predates Part 2), so the layer in another CRS is the
# items URL with crs=, read by QGIS's OGR provider (GeoJSON) and given that CRS, as a planner would add it.
url = f"{base}collections/{crs_layer}/items?f=json&limit=10000&crs={crs}"
projected = QgsVectorLayer(url, crs_layer + "-" + crs, "ogr")
projected.setCrs(QgsCoordinateReferenceSystem(crs))
points = {}
out["crs_layer_valid"] = projected.isValid()
if projected.isValid():
    out["crs_layer_crs"] = projected.crs().authid()
    for feature in projected.getFeatures():
        g = feature.geometry()
        if g is not None and not g.isNull() and QgsWkbTypes.geometryType(g.wkbType()) == QgsWkbTypes.PointGeometry:
            p = g.asPoint()
            points[str(feature["name"])] = [p.x(), p.y()]
out["crs_points"] = points
print("RESULT " + json.dumps(out, ensure_ascii=False))
app.exitQgis()
