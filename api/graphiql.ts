import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import express, { type Router } from "express";

/**
 * GraphiQL served from the npm packages themselves, so the explorer works on an intranet with no
 * route to a CDN. graphiql 3 is the last line with a browser bundle that needs no build step.
 */
const require = createRequire(import.meta.url);
const assets = {
  "react.js": join(dirname(require.resolve("react/package.json")), "umd/react.production.min.js"),
  "react-dom.js": join(dirname(require.resolve("react-dom/package.json")), "umd/react-dom.production.min.js"),
  "graphiql.js": join(dirname(require.resolve("graphiql/package.json")), "graphiql.min.js"),
  "graphiql.css": join(dirname(require.resolve("graphiql/package.json")), "graphiql.min.css"),
};

export const graphiqlPage = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>阳光公示栏 GraphQL 接口</title>
<link rel="stylesheet" href="/graphiql-assets/graphiql.css">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style>
</head>
<body>
<div id="graphiql">正在加载 GraphiQL…</div>
<script src="/graphiql-assets/react.js"></script>
<script src="/graphiql-assets/react-dom.js"></script>
<script src="/graphiql-assets/graphiql.js"></script>
<script src="/graphiql-assets/app.js"></script>
</body>
</html>`;

/** The explorer's own start-up, served as a file: the security policy allows no inline script. */
const appScript = `  const fetcher = GraphiQL.createFetcher({ url: location.pathname });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultEditorToolsVisibility: true,
      defaultQuery: "# 阳光公示栏 Sunboard\\n# 写操作需要请求头：{\\"Authorization\\": \\"Bearer sb_…\\"}\\n\\nquery {\\n  communities(first: 10) {\\n    edges { node { code name households } }\\n  }\\n}\\n",
    }),
  );
`;

export function graphiqlAssets(): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(assets)) {
    router.get(`/graphiql-assets/${name}`, (_req, res) => res.sendFile(file, { maxAge: "1d" }));
  }
  router.get("/graphiql-assets/app.js", (_req, res) => res.type("text/javascript").send(appScript));
  return router;
}
