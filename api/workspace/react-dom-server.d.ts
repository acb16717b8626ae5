// react-dom 18 ships no types and @types/react-dom would follow @types/react 19 (graphiql's); the
// workspace uses this one function, so it is declared here against the installed @types/react.
declare module "react-dom/server" {
  export function renderToStaticMarkup(element: import("react").ReactNode): string;
}
