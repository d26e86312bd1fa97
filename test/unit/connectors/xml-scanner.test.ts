import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocumentError } from "../../../worker/connectors/xml-errors";
import { type Attributes, XmlScanner } from "../../../worker/connectors/xml-scanner";

type Event = ["open", string, Attributes | null] | ["close", string, string];

/** Every event of `xml` written in chunks of `size` characters (every element's text wanted). */
function events(xml: string | string[], size = Number.POSITIVE_INFINITY, maxDepth = 64): Event[] {
  const log: Event[] = [];
  const scanner = new XmlScanner(
    {
      open: (qname, _local, attributes) => {
        log.push(["open", qname, attributes && [...attributes]]);
        return true;
      },
      close: (local, text) => {
        log.push(["close", local, text]);
      },
    },
    maxDepth,
  );
  const chunks = Array.isArray(xml) ? xml : [];
  if (!Array.isArray(xml)) for (let i = 0; i < xml.length; i += size) chunks.push(xml.slice(i, i + size));
  for (const chunk of chunks) scanner.write(chunk);
  scanner.close();
  return log;
}

function refusal(xml: string | string[], maxDepth = 64): DocumentError {
  try {
    events(xml, Number.POSITIVE_INFINITY, maxDepth);
  } catch (e) {
    if (e instanceof DocumentError) return e;
    throw e;
  }
  throw new Error("accepted");
}

/** Every way of cutting `xml` in two, and one character at a time. */
const cuts = (xml: string) => [...Array.from({ length: xml.length + 1 }, (_, i) => [xml.slice(0, i), xml.slice(i)]), [...xml]];

describe("the XML it reads", () => {
  const doc = `<?xml version="1.0" encoding="UTF-8"?>
<!-- before the root -->
<p:Doc xmlns:p="urn:x" a='1 > 0' b="&lt;&amp;&#65;&#x42;&quot;&apos;&gt;" c="x
y">
  <Leaf>caf\u00e9 &amp; th\u00e9 &#x1F600;</Leaf>
  <p:Leaf>A<!-- inside -->B<![CDATA[<not> &amp; markup]]>C</p:Leaf>
  <Empty/>
  <Spaced ></Spaced   >
  <Empty   c = "1" />
</p:Doc>
<!-- after the root -->
`;
  const expected: Event[] = [
    ["open", "p:Doc", ["xmlns:p", "urn:x", "a", "1 > 0", "b", `<&AB"'>`, "c", "x y"]],
    ["open", "Leaf", null],
    ["close", "Leaf", "caf\u00e9 & th\u00e9 \u{1F600}"],
    ["open", "p:Leaf", null],
    ["close", "Leaf", "AB<not> &amp; markupC"],
    ["open", "Empty", null],
    ["close", "Empty", ""],
    ["open", "Spaced", null],
    ["close", "Spaced", ""],
    ["open", "Empty", ["c", "1"]],
    ["close", "Empty", ""],
    ["close", "Doc", "\n"],
  ];

  it("reads the XML declaration in its every allowed form", () => {
    for (const declaration of [
      "<?xml version='1.0'?>",
      '<?xml version="1.1" encoding="utf-8" standalone="yes" ?>',
      '<?xml  version = "1.0"\n encoding="ISO-8859-1"?>',
    ]) {
      expect(events(`${declaration}<r/>`), declaration).toEqual([
        ["open", "r", null],
        ["close", "r", ""],
      ]);
    }
  });

  it("reads elements, attributes (either quote, `>` inside, references, line breaks as spaces), text, references, CDATA and comments", () => {
    expect(events(doc)).toEqual(expected);
  });

  it("gives the same events however the document is cut into chunks", () => {
    for (const chunks of cuts(doc)) expect(events(chunks)).toEqual(expected);
  });

  it("names the open elements' local names to its reader, the closing one last", () => {
    const seen: string[][] = [];
    const scanner = new XmlScanner(
      {
        open: () => false,
        close: () => {
          seen.push([...scanner.names]);
        },
      },
      8,
    );
    scanner.write("<a:R xmlns:a='u'><a:S><T/></a:S></a:R>");
    scanner.close();
    expect(seen).toEqual([["R", "S", "T"], ["R", "S"], ["R"]]);
  });

  it("takes a document of any shape, text and chunking (property)", () => {
    fc.assert(
      fc.property(tree(), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), (root, sizes) => {
        const { xml, log } = serialize(root);
        const chunks: string[] = [];
        for (let i = 0, k = 0; i < xml.length; k++) {
          const size = sizes[k % sizes.length]!;
          chunks.push(xml.slice(i, i + size));
          i += size;
        }
        expect(events(chunks)).toEqual(log);
      }),
      { numRuns: 300 },
    );
  });
});

describe("what it refuses", () => {
  it("any DTD declaration, with its own code, even cut across chunks", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>`;
    for (const chunks of cuts(laughs)) expect(refusal(chunks).code).toBe("xml_doctype_forbidden");
    for (const dtd of [
      "<!DOCTYPE r>",
      '<!ENTITY e "x">',
      "<!ELEMENT r ANY>",
      "<!ATTLIST r a CDATA #IMPLIED>",
      "<!NOTATION n SYSTEM 'x'>",
    ]) {
      expect(refusal(`${dtd}<r/>`).code, dtd).toBe("xml_doctype_forbidden");
      expect(refusal(`<r>${dtd}</r>`).code, dtd).toBe("xml_doctype_forbidden");
    }
  });

  it("processing instructions other than the XML declaration first in the document", () => {
    for (const xml of [
      '<?xml-stylesheet href="x"?><r/>',
      "<r><?php echo 1 ?></r>",
      ' <?xml version="1.0"?><r/>',
      '<r/><?xml version="1.0"?>',
    ]) {
      expect(refusal(xml).code, xml).toBe("invalid_xml");
    }
  });

  it("whatever is not well-formed, without echoing it", () => {
    const malformed = [
      "",
      "   ",
      "SECRET",
      "SECRET<r/>",
      "<r/>SECRET",
      "<r/><r/>",
      "<r>",
      "<r></s>",
      "<r><s></r></s>",
      "</r>",
      "<r></r >x",
      "<1r/>",
      "<-r/>",
      "<r:/>",
      "<r a:b:c='1'/>",
      "<r a=1/>",
      "<r a='1'b='2'/>",
      "<r a='1' a='2'/>",
      "<r a='<'/>",
      "<r a='1/>",
      "<r a/>",
      "<r>&SECRET;</r>",
      "<r>&amp</r>",
      "<r>& </r>",
      "<r>&#0;</r>",
      "<r>&#xD800;</r>",
      "<r>&#x110000;</r>",
      "<r a='&SECRET;'/>",
      "<r><!-- a -- b --></r>",
      "<r><!-- SECRET",
      "<![CDATA[SECRET]]><r/>",
      "<r><![CDATA[SECRET</r>",
      "<r><!SECRET></r>",
      "<r><",
      "< r/>",
      "<r/ >",
      "<r>\u0001</r>",
      "<r a='\u0007'/>",
      "<r><!-- \u0000 --></r>",
      "<r>\uFFFE</r>",
      "<?xml?><r/>",
      '<?xml encoding="UTF-8"?><r/>',
      '<?xml version="1.0" encoding="UTF-8?><r/>',
      '<?xml version="1.0" standalone="maybe"?><r/>',
      '<?xml version="1.0" SECRET="1"?><r/>',
    ];
    for (const xml of malformed) {
      const error = refusal(xml);
      expect(error.code, xml).toBe("invalid_xml");
      expect(error.message, xml).not.toContain("SECRET");
    }
  });

  it("nesting past its depth, and no more than that", () => {
    const nest = (n: number) => `${"<a>".repeat(n)}${"</a>".repeat(n)}`;
    expect(events(nest(32), Number.POSITIVE_INFINITY, 32)).toHaveLength(64);
    expect(refusal(nest(33), 32).code).toBe("xml_too_deep");
    expect(refusal(nest(10_000), 32).code).toBe("xml_too_deep");
  });

  it("reads a token longer than its chunks, however small they are", () => {
    const comment = `<!--${"-x".repeat(500_000)}-->`;
    const xml = `<r>${comment}<v>1</v></r>`;
    const chunks: string[] = [];
    for (let i = 0; i < xml.length; i += 16) chunks.push(xml.slice(i, i + 16));
    expect(events(chunks)[2]).toEqual(["close", "v", "1"]);
  });
});

// A random document and the events it must give.
interface Node {
  name: string;
  attributes: [string, string][];
  /** Text pieces (leaf) or children (container). */
  content: string[] | Node[];
}

const NAMES = ["Doc", "Ntry", "p:Amt", "q:Id", "a-b.c_d", "\u00c9l\u00e9ment"];
const TEXT = fc.string({ unit: fc.constantFrom("a", "Z", "0", " ", "\n", "\t", "&", "<", ">", '"', "'", "]", "\u00e9", "\u{1F600}") });

function tree(): fc.Arbitrary<Node> {
  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.record({
      name: fc.constantFrom(...NAMES),
      attributes: fc.uniqueArray(fc.tuple(fc.constantFrom("x", "y:z", "Ccy", "w"), TEXT), { maxLength: 3, selector: ([n]) => n }),
      content: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.array(TEXT, { maxLength: 3 }),
        fc.array(tie("node"), { maxLength: 4 }),
      ),
    }),
  }));
  return node;
}

const escaped = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&#34;").replace(/'/g, "&#x27;");

function serialize(root: Node): { xml: string; log: Event[] } {
  return { xml: `<?xml version="1.0"?>\n${write(root)}\n`, log: order(root) };
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);
const opened = (n: Node): Event => ["open", n.name, n.attributes.length ? n.attributes.flat() : null];
const isText = (content: Node["content"]): content is string[] => typeof content[0] === "string";

function write(n: Node): string {
  // Literal tabs and line breaks in a value would read as spaces: they go as references.
  const attributes = n.attributes.map(([k, v]) => ` ${k}="${escaped(v).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`)}"`).join("");
  if (n.content.length === 0) return `<${n.name}${attributes}/>`;
  const inner = isText(n.content)
    ? // Text as references or as CDATA, with comments between the pieces.
      n.content.map((p, i) => (i % 2 === 1 && !p.includes("]]>") ? `<![CDATA[${p}]]>` : escaped(p))).join("<!-- c -->")
    : `${n.content.map((c) => `\n  ${write(c)}`).join("")}\n`;
  return `<${n.name}${attributes}>${inner}</${n.name}>`;
}

/** The events in document order: a container's close after its children's, with the text after its last child. */
function order(n: Node): Event[] {
  if (n.content.length === 0) return [opened(n), ["close", local(n.name), ""]];
  if (isText(n.content)) return [opened(n), ["close", local(n.name), n.content.join("")]];
  return [opened(n), ...n.content.flatMap(order), ["close", local(n.name), "\n"]];
}
