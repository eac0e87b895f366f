// Pictures for the contractor demo's project gallery: flat illustrations of a room at each stage of
// a remodel, drawn as SVG and rasterised to JPEG, so the gallery shows something a person
// recognises without shipping photographs in the repository.

export type DemoScene = 'old-kitchen' | 'demolition' | 'rough-in' | 'drywall' | 'old-bathroom' | 'tiling' | 'new-bathroom' | 'vanity';

const W = 1600;
const H = 1200;

const floor = (color: string, y = 900) => `<rect x="0" y="${y}" width="${W}" height="${H - y}" fill="${color}"/>`;
const wall = (color: string) => `<rect width="${W}" height="${H}" fill="${color}"/>`;
const repeat = (count: number, draw: (i: number) => string) => Array.from({ length: count }, (_, i) => draw(i)).join('');

/** Wall studs 16 inches apart, as framing looks with the drywall off. */
const studs = (color = '#c8a26b') =>
  repeat(17, (i) => `<rect x="${i * 100}" y="0" width="38" height="900" fill="${color}"/>`) + `<rect x="0" y="0" width="${W}" height="30" fill="${color}"/>`;

const SCENES: Record<DemoScene, string> = {
  // Dated oak cabinets, a laminate counter and a small window.
  'old-kitchen': [
    wall('#efe4c8'),
    floor('#b98f5e'),
    `<rect x="150" y="120" width="380" height="260" fill="#bde0f6" stroke="#f8f8f8" stroke-width="24"/>`,
    repeat(5, (i) => `<rect x="${620 + i * 180}" y="120" width="170" height="280" rx="6" fill="#a86b32" stroke="#7a4a1f" stroke-width="8"/>`),
    `<rect x="60" y="560" width="${W - 120}" height="40" fill="#d9c9a3"/>`,
    repeat(8, (i) => `<rect x="${70 + i * 185}" y="610" width="175" height="280" rx="6" fill="#a86b32" stroke="#7a4a1f" stroke-width="8"/>`),
    `<rect x="1180" y="260" width="300" height="640" rx="10" fill="#f4f1e8" stroke="#c9c2b0" stroke-width="6"/>`,
  ].join(''),
  // Bare studs, a dumpster-bound pile and a ladder.
  demolition: [
    wall('#e7dfd2'),
    studs(),
    floor('#8f8a80'),
    `<polygon points="200,900 420,760 560,820 700,700 880,900" fill="#a0896b"/>`,
    `<polygon points="260,900 380,820 520,900" fill="#6f5a43"/>`,
    `<g stroke="#d97706" stroke-width="22"><line x1="1150" y1="900" x2="1290" y2="300"/><line x1="1330" y1="900" x2="1470" y2="300"/></g>`,
    repeat(6, (i) => `<line x1="${1165 + i * 22}" y1="${840 - i * 100}" x2="${1345 + i * 22}" y2="${840 - i * 100}" stroke="#d97706" stroke-width="14"/>`),
  ].join(''),
  // Studs with new copper and PEX lines and yellow cable runs.
  'rough-in': [
    wall('#e7dfd2'),
    studs(),
    floor('#8f8a80'),
    `<path d="M0 520 H900 V880" stroke="#2563eb" stroke-width="18" fill="none"/>`,
    `<path d="M0 560 H860 V880" stroke="#dc2626" stroke-width="18" fill="none"/>`,
    `<path d="M0 250 H1500 M600 250 V420 M1200 250 V420" stroke="#eab308" stroke-width="10" fill="none"/>`,
    repeat(2, (i) => `<rect x="${575 + i * 600}" y="420" width="50" height="70" rx="6" fill="#1d4ed8"/>`),
  ].join(''),
  // Grey boards with taped, mudded seams.
  drywall: [
    wall('#d6d3d1'),
    repeat(4, (i) => `<rect x="${i * 400}" y="0" width="400" height="900" fill="#d1d5db" stroke="#9ca3af" stroke-width="4"/>`),
    repeat(3, (i) => `<rect x="${384 + i * 400}" y="0" width="32" height="900" fill="#f5f5f4"/>`),
    `<rect x="0" y="430" width="${W}" height="30" fill="#f5f5f4"/>`,
    floor('#8f8a80'),
    `<rect x="980" y="700" width="200" height="200" fill="#f5f5f4" stroke="#a8a29e" stroke-width="6"/>`,
  ].join(''),
  // A pink-tiled bathroom with a tub.
  'old-bathroom': [
    wall('#f3d1dc'),
    repeat(16, (i) => repeat(5, (j) => `<rect x="${i * 100}" y="${500 + j * 80}" width="98" height="78" fill="#f9a8c4"/>`)),
    floor('#b0a090'),
    `<rect x="120" y="620" width="760" height="280" rx="40" fill="#fdf2f8" stroke="#e9a5bf" stroke-width="10"/>`,
    `<rect x="1100" y="180" width="320" height="380" rx="16" fill="#dbeafe" stroke="#d4d4d8" stroke-width="16"/>`,
  ].join(''),
  // Half-tiled shower wall with spacers and a bucket.
  tiling: [
    wall('#e7e5e4'),
    repeat(16, (i) =>
      repeat(6, (j) => (j < 4 || i < 9 ? `<rect x="${i * 100 + 2}" y="${420 + j * 80}" width="96" height="76" fill="#e0f2f1" stroke="#94a3b8" stroke-width="2"/>` : '')),
    ),
    floor('#9ca3af'),
    `<rect x="1250" y="760" width="170" height="140" rx="12" fill="#f97316"/>`,
  ].join(''),
  // White tile, a glass shower and a teal vanity.
  'new-bathroom': [
    wall('#f8fafc'),
    repeat(16, (i) => repeat(11, (j) => `<rect x="${i * 100 + 2}" y="${j * 82 + 2}" width="96" height="78" fill="#ffffff" stroke="#e2e8f0" stroke-width="2"/>`)),
    floor('#cbd5e1'),
    `<rect x="100" y="80" width="640" height="820" fill="#e0f2fe" fill-opacity="0.55" stroke="#94a3b8" stroke-width="10"/>`,
    `<circle cx="420" cy="170" r="46" fill="#94a3b8"/>`,
    `<rect x="940" y="560" width="560" height="340" rx="10" fill="#0f766e"/>`,
    `<rect x="920" y="530" width="600" height="40" fill="#f1f5f9"/>`,
    `<rect x="1040" y="140" width="360" height="320" rx="160" fill="#e2e8f0" stroke="#cbd5e1" stroke-width="12"/>`,
  ].join(''),
  // Close-up of the new vanity and tap.
  vanity: [
    wall('#f1f5f9'),
    floor('#cbd5e1', 1000),
    `<rect x="200" y="560" width="1200" height="440" rx="14" fill="#0f766e"/>`,
    `<rect x="170" y="520" width="1260" height="56" fill="#f8fafc" stroke="#e2e8f0" stroke-width="4"/>`,
    `<ellipse cx="800" cy="548" rx="260" ry="24" fill="#e2e8f0"/>`,
    `<path d="M800 520 V400 H900" stroke="#94a3b8" stroke-width="30" fill="none" stroke-linecap="round"/>`,
    repeat(3, (i) => `<rect x="${300 + i * 380}" y="760" width="240" height="14" rx="7" fill="#d4d4d8"/>`),
  ].join(''),
};

/** The scene as an SVG document at 1600×1200 (4:3, as phone cameras shoot). */
export function demoSceneSvg(scene: DemoScene): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${SCENES[scene]}</svg>`;
}
