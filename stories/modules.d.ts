declare module '*.mdx' {
  const MDXContent: (props: Record<string, unknown>) => unknown;
  export default MDXContent;
}

declare module '*?raw' {
  const text: string;
  export default text;
}

declare module '*?url' {
  const url: string;
  export default url;
}
