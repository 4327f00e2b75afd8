// The one platform API domain/ uses beyond ECMAScript: WHATWG URL, which Node, browsers and every other JavaScript
// runtime provide (the Minimum Common Web Platform API). Declared here so domain/ is typechecked without DOM or Node libs.
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
}
