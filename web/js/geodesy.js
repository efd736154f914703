// Lengths and areas on the WGS84 ellipsoid, for the measuring tool. Pure functions; positions are
// [lon, lat] in degrees (GeoJSON order), results in metres and square metres.
//
// Lengths are geodesics (Vincenty's inverse formula, 1975, iterated to 1e-12 rad: sub-millimetre on
// any line shorter than half the Earth's circumference). Areas map the ellipsoid onto its authalic
// (equal-area) sphere through the authalic latitude and sum the spherical excess of each edge: exact
// for edges that are great circles of that sphere, and within a few parts per million of the
// geodesic polygon for anything the size of a province (compared with PostGIS's ST_Area(geography)
// in web/test/geodesy.test.js).

const A = 6378137; // WGS84 semi-major axis, metres
const F = 1 / 298.257223563; // WGS84 flattening
const B = A * (1 - F);
const E2 = F * (2 - F); // first eccentricity squared
const E = Math.sqrt(E2);
const RAD = Math.PI / 180;

// @function distance(p: [lon, lat], q: [lon, lat]): number — the geodesic distance in metres
export function distance(p, q) {
  const L = (q[0] - p[0]) * RAD;
  const U1 = Math.atan((1 - F) * Math.tan(p[1] * RAD));
  const U2 = Math.atan((1 - F) * Math.tan(q[1] * RAD));
  const sinU1 = Math.sin(U1);
  const cosU1 = Math.cos(U1);
  const sinU2 = Math.sin(U2);
  const cosU2 = Math.cos(U2);
  let lambda = L;
  for (let i = 0; i < 200; i++) {
    const sinL = Math.sin(lambda);
    const cosL = Math.cos(lambda);
    const sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
    if (sinSigma === 0) {
      return 0; // the same point
    }
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    const cos2Alpha = 1 - sinAlpha * sinAlpha;
    const cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha; // 0 on the equator
    const C = (F / 16) * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
    const previous = lambda;
    lambda = L + (1 - C) * F * sinAlpha
      * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - previous) < 1e-12) {
      const u2 = (cos2Alpha * (A * A - B * B)) / (B * B);
      const bigA = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
      const bigB = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
      const deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4) * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
        - (bigB / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
      return B * bigA * (sigma - deltaSigma);
    }
  }
  return NaN; // nearly antipodal points: never within planmap's region
}

// @function length(line: [lon, lat][]): number — the sum of the geodesic lengths of the segments, metres
export function length(line) {
  let total = 0;
  for (let i = 1; i < line.length; i++) {
    total += distance(line[i - 1], line[i]);
  }
  return total;
}

function q(sinPhi) {
  const es = E * sinPhi;
  return (1 - E2) * (sinPhi / (1 - es * es) - (1 / (2 * E)) * Math.log((1 - es) / (1 + es)));
}

const QP = q(1);
const R_AUTHALIC = A * Math.sqrt(QP / 2);

// The authalic latitude of a geodetic latitude (degrees → radians).
function authalic(latDeg) {
  return Math.asin(Math.max(-1, Math.min(1, q(Math.sin(latDeg * RAD)) / QP)));
}

// @function area(ring: [lon, lat][]): number — the area enclosed by a ring (closed or not), square
// metres, whatever its winding; 0 for fewer than three distinct positions.
export function area(ring) {
  const pts = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]
    ? ring.slice(0, -1) : ring;
  if (pts.length < 3) {
    return 0;
  }
  let excess = 0;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    const n = pts[(i + 1) % pts.length];
    const t1 = Math.tan(authalic(p[1]) / 2);
    const t2 = Math.tan(authalic(n[1]) / 2);
    let dLon = (n[0] - p[0]) * RAD;
    if (dLon > Math.PI) {
      dLon -= 2 * Math.PI;
    } else if (dLon < -Math.PI) {
      dLon += 2 * Math.PI;
    }
    excess += 2 * Math.atan2(Math.tan(dLon / 2) * (t1 + t2), 1 + t1 * t2);
  }
  return Math.abs(excess) * R_AUTHALIC * R_AUTHALIC;
}
