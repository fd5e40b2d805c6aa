// The hello-world Worker of the load benchmark (bench/load): the same file
// under `mcrepl serve` and `workerd serve`.
export default {
  async fetch() {
    return new Response('Hello World!');
  },
};
