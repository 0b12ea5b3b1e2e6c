import { lazyPort } from '../../src/data/lazyPort';

interface Port {
  hello(name: string): Promise<string>;
}

describe('lazyPort', () => {
  it('loads the implementation on the first call only, then forwards every call', async () => {
    const load = jest.fn(async (): Promise<Port> => ({ hello: async (name) => `hello ${name}` }));
    const port = lazyPort<Port>(load);
    expect(load).not.toHaveBeenCalled();

    const answers = await Promise.all([port.hello('Aisha'), port.hello('Siobhán')]);

    expect(answers).toEqual(['hello Aisha', 'hello Siobhán']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('is not mistaken for a promise when awaited', async () => {
    const port = lazyPort<Port>(async () => ({ hello: async () => 'x' }));

    expect(await Promise.resolve(port)).toBe(port);
  });
});
