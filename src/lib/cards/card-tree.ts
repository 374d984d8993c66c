/** What a social card shows. */
export interface CardContent {
  kicker: string;
  title: string;
  byline: string;
  date: string;
  publication: string;
}

/** The colours of the light theme, so cards match the site. */
const INK = "#1b1a18";
const PAPER = "#fcfbf8";
const MUTED = "#57534c";
const ACCENT = "#9e1b1e";

/**
 * Every colour the card paints: text and rules in `inks` on `paper`. The PNG
 * encoder builds its palette from these, so a new colour belongs here too.
 */
export const CARD_COLOURS = { paper: PAPER, inks: [INK, MUTED, ACCENT] } as const;

type Node = {
  type: string;
  props: Record<string, unknown> & { children?: unknown };
};
const el = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
): Node => ({ type, props: { style, children } });

/** Headlines shrink as they grow, so a long one still fits in four lines. */
export function headlineSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 64;
  if (title.length <= 110) return 54;
  return 44;
}

/** The card as satori's element tree (plain objects: no React needed). */
export function cardTree(content: CardContent): Node {
  return el(
    "div",
    {
      width: 1200,
      height: 630,
      display: "flex",
      flexDirection: "column",
      background: PAPER,
    },
    [
      el("div", { height: 18, background: ACCENT }),
      el(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          width: 1056,
          height: 612,
          margin: "0 72px",
          paddingTop: 48,
          paddingBottom: 44,
        },
        [
          el(
            "div",
            {
              fontFamily: "Source Sans 3",
              fontWeight: 700,
              fontSize: 28,
              letterSpacing: 3,
              textTransform: "uppercase",
              color: ACCENT,
            },
            content.kicker,
          ),
          el(
            "div",
            {
              fontFamily: "Source Serif 4",
              fontWeight: 700,
              fontSize: headlineSize(content.title),
              lineHeight: 1.1,
              color: INK,
              marginTop: 20,
              flexGrow: 1,
              display: "flex",
              width: 1056,
            },
            content.title,
          ),
          // The rule is a box, not a border-top: satori draws a border as a
          // stroke under three nested clip paths, which resvg rasterises as
          // full-size masks. The box paints the same pixels in less time.
          el("div", { height: 2, background: INK, width: 1056 }),
          el(
            "div",
            {
              display: "flex",
              justifyContent: "space-between",
              alignItems: "flex-end",
              paddingTop: 20,
              width: 1056,
            },
            [
              el(
                "div",
                {
                  fontFamily: "Source Serif 4",
                  fontWeight: 700,
                  fontSize: 44,
                  color: INK,
                },
                content.publication,
              ),
              el(
                "div",
                {
                  fontFamily: "Source Sans 3",
                  fontWeight: 400,
                  fontSize: 26,
                  color: MUTED,
                },
                `${content.byline} · ${content.date}`,
              ),
            ],
          ),
        ],
      ),
    ],
  );
}
